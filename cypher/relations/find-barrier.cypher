// name: relations/find-barrier
// purpose: one barrier an initiative faces, whether and when it was overcome; no row when absent
// params: $initiativeId: string, $barrier: string
// returns: initiative: map, barrier, overcome: boolean, on: date|null, note: string|null
MATCH (i:Initiative {id: $initiativeId})-[f:FACES]->(b:Barrier {kind: $barrier})
OPTIONAL MATCH (i)-[o:OVERCOMES]->(b)
RETURN i {.*} AS initiative, b.kind AS barrier, o IS NOT NULL AS overcome, o.date AS on, f.note AS note
