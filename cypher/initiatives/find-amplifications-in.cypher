// name: initiatives/find-amplifications-in
// purpose: amplifications into an initiative (it deepens, broadens or spreads another), ordered by source id and mode
// params: $id: string
// returns: source: map, target: map, mode, on: date|null, evidence, confidence, mechanisms: [string]
MATCH (f:Initiative)-[r:AMPLIFIES]->(t:Initiative {id: $id})
RETURN f {.*} AS source, t {.*} AS target, r.mode AS mode, r.on AS on, r.evidence AS evidence,
       r.confidence AS confidence, coalesce(r.mechanisms, []) AS mechanisms
ORDER BY f.id, r.mode
