// name: network/states-outcomes
// purpose: the stored state of the given achieved outcomes, absent ones left out
// params: $rows: [{initiativeId, key}] (key: `KIND:name`)
// returns: initiativeId, kind, name, on, seq: int|null
UNWIND $rows AS row
MATCH (i:Initiative {id: row.initiativeId})
MATCH (o:Outcome {key: row.key})
MATCH (i)-[r:ACHIEVES]->(o)
RETURN i.id AS initiativeId, o.kind AS kind, o.name AS name, r.date AS on, r._seq AS seq
