// name: actors/find-involvements
// purpose: per node of a batch, the initiatives an actor is involved in, with the involvement's role and dates, ordered by initiative id
// params: $ids: [string] (a batch: one request asks for many nodes at once)
// returns: key (the node id asked for), actor: map, initiative: map, role, since: date|null, until: date|null
UNWIND $ids AS key
MATCH (a:Actor {id: key})-[r:INVOLVED_IN]->(i:Initiative)
RETURN key, a {.*} AS actor, i {.*} AS initiative, r.role AS role, r.since AS since, r.until AS until
ORDER BY key, i.id
