// name: network/states-actors
// purpose: the stored state of the given actors, absent ones left out
// params: $ids: [string]
// returns: id, name, kind, region, seq: int|null
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.region AS region, a._seq AS seq
