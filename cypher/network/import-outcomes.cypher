// name: network/import-outcomes
// purpose: upsert (Initiative)-[:ACHIEVES {date}]->(Outcome), unique per (initiative, kind, name)
// params: $rows: [{initiativeId, key, kind, name: string|null, on: string|null, seq: int|null (the change mark)}]
// returns: count
UNWIND $rows AS row
MATCH (i:Initiative {id: row.initiativeId})
MERGE (o:Outcome {key: row.key})
  ON CREATE SET o.kind = row.kind, o.name = row.name
MERGE (i)-[r:ACHIEVES]->(o)
SET r.date = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END,
    r._seq = row.seq
RETURN count(*) AS count
