// name: initiatives/find-barriers
// purpose: the barriers an initiative faces, whether it overcame each (and when), ordered by barrier kind
// params: $id: string
// returns: initiative: map, barrier, overcome: boolean, on: date|null, note: string|null
MATCH (i:Initiative {id: $id})-[f:FACES]->(b:Barrier)
OPTIONAL MATCH (i)-[o:OVERCOMES]->(b)
RETURN i {.*} AS initiative, b.kind AS barrier, o IS NOT NULL AS overcome, o.date AS on, f.note AS note
ORDER BY b.kind
