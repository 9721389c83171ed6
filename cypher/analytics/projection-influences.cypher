// name: analytics/projection-influences
// purpose: every influence between actors (graphs G and I)
// params: none
// returns: from, to, weight
MATCH (a:Actor)-[r:INFLUENCES]->(b:Actor)
RETURN a.id AS from, b.id AS to, coalesce(r.weight, 1.0) AS weight
ORDER BY from, to
