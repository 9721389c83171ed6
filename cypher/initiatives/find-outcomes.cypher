// name: initiatives/find-outcomes
// purpose: the outcomes an initiative achieved, ordered by kind and name
// params: $id: string
// returns: initiative: map, kind, name: string|null, on: date|null
MATCH (i:Initiative {id: $id})-[r:ACHIEVES]->(o:Outcome)
RETURN i {.*} AS initiative, o.kind AS kind, o.name AS name, r.date AS on
ORDER BY o.kind, coalesce(o.name, '')
