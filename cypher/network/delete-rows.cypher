// name: network/delete-rows
// purpose: deletes the given relations, then the given nodes with whatever links them to the vocabulary (LOCATED_IN, ADDRESSES); outcomes nothing achieves any more go too (undo)
// params: $involvements: [{actorId, initiativeId}], $influences: [{fromActorId, toActorId}], $amplifications: [{fromInitiativeId, toInitiativeId, mode}], $outcomes: [{initiativeId, key}], $barriers: [{initiativeId, barrier}], $initiatives, $actors: [string]
// returns: count: int (relations and nodes deleted)
CALL () {
  UNWIND $involvements AS row
  MATCH (a:Actor {id: row.actorId})
  MATCH (i:Initiative {id: row.initiativeId})
  MATCH (a)-[r:INVOLVED_IN]->(i)
  DELETE r
  RETURN count(*) AS involvements
}
CALL () {
  UNWIND $influences AS row
  MATCH (a:Actor {id: row.fromActorId})
  MATCH (b:Actor {id: row.toActorId})
  MATCH (a)-[r:INFLUENCES]->(b)
  DELETE r
  RETURN count(*) AS influences
}
CALL () {
  UNWIND $amplifications AS row
  MATCH (a:Initiative {id: row.fromInitiativeId})
  MATCH (b:Initiative {id: row.toInitiativeId})
  MATCH (a)-[r:AMPLIFIES {mode: row.mode}]->(b)
  DELETE r
  RETURN count(*) AS amplifications
}
CALL () {
  UNWIND $outcomes AS row
  MATCH (i:Initiative {id: row.initiativeId})
  MATCH (o:Outcome {key: row.key})
  MATCH (i)-[r:ACHIEVES]->(o)
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
  MATCH (i:Initiative {id: row.initiativeId})
  MATCH (b:Barrier {kind: row.barrier})
  MATCH (i)-[r:FACES|OVERCOMES]->(b)
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
