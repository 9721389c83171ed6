// name: relations/find-amplification
// purpose: one amplification by (from initiative, to initiative, mode), no row when absent
// params: $fromInitiativeId: string, $toInitiativeId: string, $mode: string
// returns: source: map, target: map, mode, on: date|null, evidence, confidence, mechanisms: [string]
MATCH (f:Initiative {id: $fromInitiativeId})-[r:AMPLIFIES {mode: $mode}]->(t:Initiative {id: $toInitiativeId})
RETURN f {.*} AS source, t {.*} AS target, r.mode AS mode, r.on AS on, r.evidence AS evidence,
       r.confidence AS confidence, coalesce(r.mechanisms, []) AS mechanisms
