// name: initiatives/find-outcomes
// purpose: per node of a batch, the outcomes an initiative achieved, ordered by kind and name
// params: $ids: [string] (a batch: one request asks for many nodes at once)
// returns: key (the node id asked for), initiative: map, kind, name: string|null, on: date|null
UNWIND $ids AS key
MATCH (i:Initiative {id: key})-[r:ACHIEVES]->(o:Outcome)
RETURN key, i {.*} AS initiative, o.kind AS kind, o.name AS name, r.date AS on
ORDER BY key, o.kind, coalesce(o.name, '')
