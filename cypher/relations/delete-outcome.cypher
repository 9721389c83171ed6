// name: relations/delete-outcome
// purpose: deletes an initiative's ACHIEVES link to an outcome, and the outcome node when nothing else achieves it
// params: $initiativeId: string, $key: string (`KIND:name`)
// returns: removed: int (0 when absent)
OPTIONAL MATCH (:Initiative {id: $initiativeId})-[r:ACHIEVES]->(o:Outcome {key: $key})
DELETE r
WITH count(r) AS removed, collect(o) AS outcomes
CALL (outcomes) {
  UNWIND outcomes AS o
  WITH o WHERE NOT EXISTS { (o)<-[:ACHIEVES]-() }
  DELETE o
}
RETURN removed
