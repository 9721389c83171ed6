// name: network/states-amplifications
// purpose: the stored state of the given amplifications, absent ones left out
// params: $rows: [{fromInitiativeId, toInitiativeId, mode}]
// returns: fromInitiativeId, toInitiativeId, mode, on, evidence, confidence, mechanisms, seq: int|null
UNWIND $rows AS row
MATCH (a:Initiative {id: row.fromInitiativeId})
MATCH (b:Initiative {id: row.toInitiativeId})
MATCH (a)-[r:AMPLIFIES {mode: row.mode}]->(b)
RETURN a.id AS fromInitiativeId, b.id AS toInitiativeId, r.mode AS mode, r.on AS on, r.evidence AS evidence,
       r.confidence AS confidence, r.mechanisms AS mechanisms, r._seq AS seq
