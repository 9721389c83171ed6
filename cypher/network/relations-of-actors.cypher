// name: network/relations-of-actors
// purpose: the state of every relation of the given actors (what deleting them takes along), for the change log
// params: $ids: [string]
// returns: involvements, influences: [map] (rows as in the states-* queries, each with seq)
CALL () {
  UNWIND $ids AS id
  MATCH (a:Actor {id: id})-[r:INVOLVED_IN]->(i:Initiative)
  RETURN collect({actorId: a.id, initiativeId: i.id, role: r.role, since: r.since, until: r.until, seq: r._seq}) AS involvements
}
CALL () {
  UNWIND $ids AS id
  MATCH (:Actor {id: id})-[r:INFLUENCES]-(:Actor)
  WITH DISTINCT r
  MATCH (a:Actor)-[r]->(b:Actor)
  RETURN collect({fromActorId: a.id, toActorId: b.id, weight: coalesce(r.weight, 1.0), since: r.since, seq: r._seq}) AS influences
}
RETURN involvements, influences
