// name: actors/find-influences-in
// purpose: per node of a batch, the influences others exert on an actor, ordered by source id
// params: $ids: [string] (a batch: one request asks for many nodes at once)
// returns: key (the node id asked for), source: map, target: map, weight: float, since: date|null
UNWIND $ids AS key
MATCH (f:Actor)-[r:INFLUENCES]->(t:Actor {id: key})
RETURN key, f {.*} AS source, t {.*} AS target, coalesce(r.weight, 1.0) AS weight, r.since AS since
ORDER BY key, f.id
