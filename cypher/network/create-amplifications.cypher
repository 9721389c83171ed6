// name: network/create-amplifications
// purpose: create (Initiative)-[:AMPLIFIES {mode}]->(Initiative) known to be new (an end is new in this import)
// params: $rows: [{fromInitiativeId, toInitiativeId, mode, on: string|null, evidence, confidence, mechanisms: [string], seq: int|null (the change mark)}]
// returns: count
UNWIND $rows AS row
MATCH (a:Initiative {id: row.fromInitiativeId})
MATCH (b:Initiative {id: row.toInitiativeId})
CREATE (a)-[r:AMPLIFIES]->(b)
SET r.mode = row.mode,
    r.on = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END,
    r.evidence = row.evidence,
    r.confidence = row.confidence,
    r.mechanisms = row.mechanisms,
    r._seq = row.seq
RETURN count(*) AS count
