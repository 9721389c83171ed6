// name: transfer/export-influences
// purpose: influences between the given actors (null = all)
// params: $actorIds: [string]|null
// returns: fromActorId, toActorId, weight, since
MATCH (a:Actor)-[r:INFLUENCES]->(b:Actor)
WHERE $actorIds IS NULL OR (a.id IN $actorIds AND b.id IN $actorIds)
RETURN a.id AS fromActorId, b.id AS toActorId, r.weight AS weight, r.since AS since
ORDER BY fromActorId, toActorId
