// name: initiatives/find-amplifications-out
// purpose: amplifications from an initiative (it is the source win), ordered by target id and mode
// params: $id: string
// returns: source: map, target: map, mode, on: date|null, evidence, confidence, mechanisms: [string]
MATCH (f:Initiative {id: $id})-[r:AMPLIFIES]->(t:Initiative)
RETURN f {.*} AS source, t {.*} AS target, r.mode AS mode, r.on AS on, r.evidence AS evidence,
       r.confidence AS confidence, coalesce(r.mechanisms, []) AS mechanisms
ORDER BY t.id, r.mode
