// name: network/states-outcomes
// purpose: the stored state of the given achieved outcomes, absent ones left out
// params: $rows: [{initiativeId, key}] (key: `KIND:name`)
// returns: initiativeId, kind, name, on, seq: int|null
UNWIND $rows AS row
MATCH (i:Initiative {id: row.initiativeId})-[r:ACHIEVES]->(o:Outcome {key: row.key})
RETURN i.id AS initiativeId, o.kind AS kind, o.name AS name, r.date AS on, r._seq AS seq
