// name: relations/delete-influence
// purpose: deletes the influence of one actor on another
// params: $fromActorId: string, $toActorId: string
// returns: removed: int (0 when absent)
OPTIONAL MATCH (:Actor {id: $fromActorId})-[r:INFLUENCES]->(:Actor {id: $toActorId})
DELETE r
RETURN count(r) AS removed
