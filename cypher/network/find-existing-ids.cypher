// name: network/find-existing-ids
// purpose: which of the given initiative and actor ids exist (import reference check)
// params: $initiativeIds: [string], $actorIds: [string]
// returns: initiatives: [string], actors: [string]
CALL () {
  UNWIND $initiativeIds AS id
  MATCH (i:Initiative {id: id})
  RETURN collect(i.id) AS initiatives
}
CALL () {
  UNWIND $actorIds AS id
  MATCH (a:Actor {id: id})
  RETURN collect(a.id) AS actors
}
RETURN initiatives, actors
