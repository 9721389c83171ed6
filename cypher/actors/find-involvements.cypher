// name: actors/find-involvements
// purpose: the initiatives an actor is involved in, with the involvement's role and dates, ordered by initiative id
// params: $id: string
// returns: actor: map, initiative: map, role, since: date|null, until: date|null
MATCH (a:Actor {id: $id})-[r:INVOLVED_IN]->(i:Initiative)
RETURN a {.*} AS actor, i {.*} AS initiative, r.role AS role, r.since AS since, r.until AS until
ORDER BY i.id
