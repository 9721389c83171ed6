// name: network/states-barriers
// purpose: the stored state of the given barriers (FACES, and OVERCOMES when overcome), absent ones left out
// params: $rows: [{initiativeId, barrier}]
// returns: initiativeId, barrier, overcome: boolean, on, note, seq: int|null (the mark on FACES)
UNWIND $rows AS row
MATCH (i:Initiative {id: row.initiativeId})
MATCH (b:Barrier {kind: row.barrier})
MATCH (i)-[f:FACES]->(b)
OPTIONAL MATCH (i)-[o:OVERCOMES]->(b)
RETURN i.id AS initiativeId, b.kind AS barrier, o IS NOT NULL AS overcome, o.date AS on, f.note AS note, f._seq AS seq
