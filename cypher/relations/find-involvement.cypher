// name: relations/find-involvement
// purpose: one involvement by (actor, initiative), no row when absent
// params: $actorId: string, $initiativeId: string
// returns: actor: map, initiative: map, role, since: date|null, until: date|null
MATCH (a:Actor {id: $actorId})-[r:INVOLVED_IN]->(i:Initiative {id: $initiativeId})
RETURN a {.*} AS actor, i {.*} AS initiative, r.role AS role, r.since AS since, r.until AS until
