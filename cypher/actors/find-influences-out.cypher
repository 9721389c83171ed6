// name: actors/find-influences-out
// purpose: per node of a batch, the influences an actor exerts on others, ordered by target id
// params: $ids: [string] (a batch: one request asks for many nodes at once)
// returns: key (the node id asked for), source: map, target: map, weight: float, since: date|null
UNWIND $ids AS key
MATCH (f:Actor {id: key})-[r:INFLUENCES]->(t:Actor)
RETURN key, f {.*} AS source, t {.*} AS target, coalesce(r.weight, 1.0) AS weight, r.since AS since
ORDER BY key, t.id
