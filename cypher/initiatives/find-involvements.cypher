// name: initiatives/find-involvements
// purpose: per node of a batch, the actors involved in an initiative, with the involvement's role and dates, ordered by actor id
// params: $ids: [string] (a batch: one request asks for many nodes at once)
// returns: key (the node id asked for), actor: map, initiative: map, role, since: date|null, until: date|null
UNWIND $ids AS key
MATCH (a:Actor)-[r:INVOLVED_IN]->(i:Initiative {id: key})
RETURN key, a {.*} AS actor, i {.*} AS initiative, r.role AS role, r.since AS since, r.until AS until
ORDER BY key, a.id
