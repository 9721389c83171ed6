// name: network/states-influences
// purpose: the stored state of the given influences, absent ones left out
// params: $rows: [{fromActorId, toActorId}]
// returns: fromActorId, toActorId, weight, since, seq: int|null
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromActorId})
MATCH (b:Actor {id: row.toActorId})
MATCH (a)-[r:INFLUENCES]->(b)
RETURN a.id AS fromActorId, b.id AS toActorId, coalesce(r.weight, 1.0) AS weight, r.since AS since, r._seq AS seq
