// name: analytics/projection-actors
// purpose: the actors as the analytics engine needs them (graphs G and I)
// params: none
// returns: id, name, kind, region
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.region AS region
ORDER BY id
