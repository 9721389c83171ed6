// name: actors/find-influences-in
// purpose: the influences others exert on an actor, ordered by source id
// params: $id: string
// returns: source: map, target: map, weight: float, since: date|null
MATCH (f:Actor)-[r:INFLUENCES]->(t:Actor {id: $id})
RETURN f {.*} AS source, t {.*} AS target, coalesce(r.weight, 1.0) AS weight, r.since AS since
ORDER BY f.id
