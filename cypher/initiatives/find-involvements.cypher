// name: initiatives/find-involvements
// purpose: the actors involved in an initiative, with the involvement's role and dates, ordered by actor id
// params: $id: string
// returns: actor: map, initiative: map, role, since: date|null, until: date|null
MATCH (a:Actor)-[r:INVOLVED_IN]->(i:Initiative {id: $id})
RETURN a {.*} AS actor, i {.*} AS initiative, r.role AS role, r.since AS since, r.until AS until
ORDER BY a.id
