// name: graph/slice-actors
// purpose: ids of the actors involved in any of the given initiatives, ordered by id, at most $limit
// params: $initiativeIds: [string], $limit: int
// returns: ids: [string]
UNWIND $initiativeIds AS x
MATCH (a:Actor)-[:INVOLVED_IN]->(:Initiative {id: x})
WITH DISTINCT a.id AS id
ORDER BY id LIMIT $limit
RETURN collect(id) AS ids
