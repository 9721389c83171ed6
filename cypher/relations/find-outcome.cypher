// name: relations/find-outcome
// purpose: one achieved outcome by (initiative, outcome key `KIND:name`), no row when absent
// params: $initiativeId: string, $key: string
// returns: initiative: map, kind, name: string|null, on: date|null
MATCH (i:Initiative {id: $initiativeId})-[r:ACHIEVES]->(o:Outcome {key: $key})
RETURN i {.*} AS initiative, o.kind AS kind, o.name AS name, r.date AS on
