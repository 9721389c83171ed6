// name: network/create-outcomes
// purpose: create (Initiative)-[:ACHIEVES {date}]->(Outcome) known to be new (the initiative is new in this import; the Outcome merged first by network/merge-vocabulary)
// params: $rows: [{initiativeId, key, on: string|null, seq: int|null (the change mark)}]
// returns: count
UNWIND $rows AS row
MATCH (i:Initiative {id: row.initiativeId})
MATCH (o:Outcome {key: row.key})
CREATE (i)-[r:ACHIEVES]->(o)
SET r.date = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END,
    r._seq = row.seq
RETURN count(*) AS count
