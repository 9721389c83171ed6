// name: initiatives/find-barriers
// purpose: per node of a batch, the barriers an initiative faces, whether it overcame each (and when), ordered by barrier kind
// params: $ids: [string] (a batch: one request asks for many nodes at once)
// returns: key (the node id asked for), initiative: map, barrier, overcome: boolean, on: date|null, note: string|null
UNWIND $ids AS key
MATCH (i:Initiative {id: key})-[f:FACES]->(b:Barrier)
OPTIONAL MATCH (i)-[o:OVERCOMES]->(b)
RETURN key, i {.*} AS initiative, b.kind AS barrier, o IS NOT NULL AS overcome, o.date AS on, f.note AS note
ORDER BY key, b.kind
