// name: network/create-barriers
// purpose: create (Initiative)-[:FACES {note}]->(Barrier), and -[:OVERCOMES {date}]-> when overcome, known to be new (the initiative is new in this import; the Barrier merged first by network/merge-vocabulary)
// params: $rows: [{initiativeId, barrier, overcome: boolean, on: string|null, note: string|null, seq: int|null (the change mark)}]
// returns: count
UNWIND $rows AS row
MATCH (i:Initiative {id: row.initiativeId})
MATCH (b:Barrier {kind: row.barrier})
CREATE (i)-[f:FACES]->(b)
SET f.note = row.note, f._seq = row.seq
FOREACH (_ IN CASE WHEN row.overcome THEN [1] ELSE [] END |
  CREATE (i)-[o:OVERCOMES]->(b)
  SET o.date = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END, o._seq = row.seq
)
RETURN count(*) AS count
