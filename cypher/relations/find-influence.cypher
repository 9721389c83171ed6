// name: relations/find-influence
// purpose: one influence by (from actor, to actor), no row when absent
// params: $fromActorId: string, $toActorId: string
// returns: source: map, target: map, weight: float, since: date|null
MATCH (f:Actor {id: $fromActorId})-[r:INFLUENCES]->(t:Actor {id: $toActorId})
RETURN f {.*} AS source, t {.*} AS target, coalesce(r.weight, 1.0) AS weight, r.since AS since
