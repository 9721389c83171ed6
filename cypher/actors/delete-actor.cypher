// name: actors/delete-actor
// purpose: deletes an actor and all its relations, counting the removed relations per type; no row when absent
// params: $id: string
// returns: id, removed: [{type, count}]
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[r]-()
WITH a, type(r) AS type, count(r) AS count
WITH a, collect(CASE WHEN type IS NULL THEN null ELSE {type: type, count: count} END) AS removed
WITH a, a.id AS id, removed
DETACH DELETE a
RETURN id, removed
