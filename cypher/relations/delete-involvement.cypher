// name: relations/delete-involvement
// purpose: deletes the involvement of an actor in an initiative
// params: $actorId: string, $initiativeId: string
// returns: removed: int (0 when absent)
OPTIONAL MATCH (:Actor {id: $actorId})-[r:INVOLVED_IN]->(:Initiative {id: $initiativeId})
DELETE r
RETURN count(r) AS removed
