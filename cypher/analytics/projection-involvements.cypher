// name: analytics/projection-involvements
// purpose: every involvement of an actor in an initiative (graphs T and G)
// params: none
// returns: actorId, initiativeId, since
MATCH (a:Actor)-[r:INVOLVED_IN]->(i:Initiative)
RETURN a.id AS actorId, i.id AS initiativeId, r.since AS since
ORDER BY actorId, initiativeId
