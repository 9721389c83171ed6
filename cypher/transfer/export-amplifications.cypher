// name: transfer/export-amplifications
// purpose: amplifications of the chosen modes with both ends among the given initiatives
// params: $initiativeIds: [string]|null (null = all); $modes: [string]|null (null = all modes)
// returns: fromInitiativeId, toInitiativeId, mode, on, evidence, confidence, mechanisms
MATCH (a:Initiative)-[r:AMPLIFIES]->(b:Initiative)
WHERE ($initiativeIds IS NULL OR (a.id IN $initiativeIds AND b.id IN $initiativeIds))
  AND ($modes IS NULL OR r.mode IN $modes)
RETURN a.id AS fromInitiativeId, b.id AS toInitiativeId, r.mode AS mode, r.on AS on,
       r.evidence AS evidence, r.confidence AS confidence, r.mechanisms AS mechanisms
ORDER BY fromInitiativeId, toInitiativeId, mode
