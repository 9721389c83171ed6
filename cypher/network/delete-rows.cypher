// name: network/delete-rows
// purpose: deletes the given relations, then the given nodes with whatever links them to the vocabulary (LOCATED_IN, ADDRESSES); outcomes nothing achieves any more go too (undo)
// params: $involvements: [{actorId, initiativeId}], $influences: [{fromActorId, toActorId}], $amplifications: [{fromInitiativeId, toInitiativeId, mode}], $outcomes: [{initiativeId, key}], $barriers: [{initiativeId, barrier}], $initiatives, $actors: [string]
// returns: count: int (relations and nodes deleted)
CALL () {
  UNWIND $involvements AS row
  MATCH (:Actor {id: row.actorId})-[r:INVOLVED_IN]->(:Initiative {id: row.initiativeId})
  DELETE r
  RETURN count(*) AS involvements
}
CALL () {
  UNWIND $influences AS row
  MATCH (:Actor {id: row.fromActorId})-[r:INFLUENCES]->(:Actor {id: row.toActorId})
  DELETE r
  RETURN count(*) AS influences
}
CALL () {
  UNWIND $amplifications AS row
  MATCH (:Initiative {id: row.fromInitiativeId})-[r:AMPLIFIES {mode: row.mode}]->(:Initiative {id: row.toInitiativeId})
  DELETE r
  RETURN count(*) AS amplifications
}
CALL () {
  UNWIND $outcomes AS row
  MATCH (:Initiative {id: row.initiativeId})-[r:ACHIEVES]->(o:Outcome {key: row.key})
  DELETE r
  WITH o
  CALL (o) {
    WITH o WHERE NOT EXISTS { (o)<-[:ACHIEVES]-() }
    DELETE o
  }
  RETURN count(*) AS outcomes
}
CALL () {
  UNWIND $barriers AS row
  MATCH (:Initiative {id: row.initiativeId})-[r:FACES|OVERCOMES]->(:Barrier {kind: row.barrier})
  DELETE r
  RETURN count(*) AS barriers
}
CALL () {
  UNWIND $initiatives AS id
  MATCH (i:Initiative {id: id})
  DETACH DELETE i
  RETURN count(*) AS initiatives
}
CALL () {
  UNWIND $actors AS id
  MATCH (a:Actor {id: id})
  DETACH DELETE a
  RETURN count(*) AS actors
}
RETURN involvements + influences + amplifications + outcomes + barriers + initiatives + actors AS count
