// name: initiatives/find-amplifications-out
// purpose: per node of a batch, amplifications from an initiative (it is the source win), ordered by target id and mode
// params: $ids: [string] (a batch: one request asks for many nodes at once)
// returns: key (the node id asked for), source: map, target: map, mode, on: date|null, evidence, confidence, mechanisms: [string]
UNWIND $ids AS key
MATCH (f:Initiative {id: key})-[r:AMPLIFIES]->(t:Initiative)
RETURN key, f {.*} AS source, t {.*} AS target, r.mode AS mode, r.on AS on, r.evidence AS evidence,
       r.confidence AS confidence, coalesce(r.mechanisms, []) AS mechanisms
ORDER BY key, t.id, r.mode
