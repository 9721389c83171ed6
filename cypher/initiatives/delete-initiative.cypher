// name: initiatives/delete-initiative
// purpose: deletes an initiative and all its relations, counting the removed relations per type; no row when absent
// params: $id: string
// returns: id, removed: [{type, count}]
MATCH (i:Initiative {id: $id})
OPTIONAL MATCH (i)-[r]-()
WITH i, type(r) AS type, count(r) AS count
WITH i, collect(CASE WHEN type IS NULL THEN null ELSE {type: type, count: count} END) AS removed
WITH i, i.id AS id, removed
DETACH DELETE i
RETURN id, removed
