// name: transfer/export-involvements
// purpose: involvements of actors in the given initiatives (null = all)
// params: $initiativeIds: [string]|null
// returns: actorId, initiativeId, role, since, until
MATCH (a:Actor)-[r:INVOLVED_IN]->(i:Initiative)
WHERE $initiativeIds IS NULL OR i.id IN $initiativeIds
RETURN a.id AS actorId, i.id AS initiativeId, r.role AS role, r.since AS since, r.until AS until
ORDER BY actorId, initiativeId
