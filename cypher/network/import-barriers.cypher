// name: network/import-barriers
// purpose: upsert (Initiative)-[:FACES {note}]->(Barrier), and -[:OVERCOMES {date}]-> when overcome (removed when not)
// params: $rows: [{initiativeId, barrier, overcome: boolean, on: string|null, note: string|null, seq: int|null (the change mark)}]
// returns: count
UNWIND $rows AS row
MATCH (i:Initiative {id: row.initiativeId})
MERGE (b:Barrier {kind: row.barrier})
MERGE (i)-[f:FACES]->(b)
SET f.note = row.note, f._seq = row.seq
WITH i, b, row
CALL (i, b, row) {
  WITH i, b, row WHERE row.overcome
  MERGE (i)-[o:OVERCOMES]->(b)
  SET o.date = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END, o._seq = row.seq
}
CALL (i, b, row) {
  WITH i, b, row WHERE NOT row.overcome
  MATCH (i)-[o:OVERCOMES]->(b)
  DELETE o
}
RETURN count(*) AS count
