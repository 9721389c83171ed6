// name: actors/find-influences-out
// purpose: the influences an actor exerts on others, ordered by target id
// params: $id: string
// returns: source: map, target: map, weight: float, since: date|null
MATCH (f:Actor {id: $id})-[r:INFLUENCES]->(t:Actor)
RETURN f {.*} AS source, t {.*} AS target, coalesce(r.weight, 1.0) AS weight, r.since AS since
ORDER BY t.id
