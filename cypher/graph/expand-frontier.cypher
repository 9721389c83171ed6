// name: graph/expand-frontier
// purpose: the direct neighbours of a set of initiatives and actors over INVOLVED_IN, INFLUENCES and AMPLIFIES (either direction)
// params: $initiativeIds: [string], $actorIds: [string]
// returns: initiativeIds: [string], actorIds: [string] (distinct neighbours, sets given included or not)
CALL () {
  UNWIND $initiativeIds AS x
  MATCH (:Initiative {id: x})-[:AMPLIFIES]-(m:Initiative)
  RETURN 'INITIATIVE' AS kind, m.id AS id
  UNION
  UNWIND $initiativeIds AS x
  MATCH (:Initiative {id: x})<-[:INVOLVED_IN]-(m:Actor)
  RETURN 'ACTOR' AS kind, m.id AS id
  UNION
  UNWIND $actorIds AS x
  MATCH (:Actor {id: x})-[:INVOLVED_IN]->(m:Initiative)
  RETURN 'INITIATIVE' AS kind, m.id AS id
  UNION
  UNWIND $actorIds AS x
  MATCH (:Actor {id: x})-[:INFLUENCES]-(m:Actor)
  RETURN 'ACTOR' AS kind, m.id AS id
}
RETURN [r IN collect({kind: kind, id: id}) WHERE r.kind = 'INITIATIVE' | r.id] AS initiativeIds,
       [r IN collect({kind: kind, id: id}) WHERE r.kind = 'ACTOR' | r.id] AS actorIds
