// name: initiatives/find-amplifications-in
// purpose: per node of a batch, amplifications into an initiative (it deepens, broadens or spreads another), ordered by source id and mode
// params: $ids: [string] (a batch: one request asks for many nodes at once)
// returns: key (the node id asked for), source: map, target: map, mode, on: date|null, evidence, confidence, mechanisms: [string]
UNWIND $ids AS key
MATCH (f:Initiative)-[r:AMPLIFIES]->(t:Initiative {id: key})
RETURN key, f {.*} AS source, t {.*} AS target, r.mode AS mode, r.on AS on, r.evidence AS evidence,
       r.confidence AS confidence, coalesce(r.mechanisms, []) AS mechanisms
ORDER BY key, f.id, r.mode
