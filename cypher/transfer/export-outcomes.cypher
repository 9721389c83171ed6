// name: transfer/export-outcomes
// purpose: outcomes achieved by the given initiatives (null = all)
// params: $initiativeIds: [string]|null
// returns: initiativeId, kind, name, on
MATCH (i:Initiative)-[r:ACHIEVES]->(o:Outcome)
WHERE $initiativeIds IS NULL OR i.id IN $initiativeIds
RETURN i.id AS initiativeId, o.kind AS kind, o.name AS name, r.date AS on
ORDER BY initiativeId, kind, name
