// name: transfer/export-actors
// purpose: all actors, or only those involved in the given initiatives
// params: $initiativeIds: [string]|null (null = all actors)
// returns: id, name, kind, region, ordered by id
MATCH (a:Actor)
WHERE $initiativeIds IS NULL
   OR EXISTS { MATCH (a)-[:INVOLVED_IN]->(i:Initiative) WHERE i.id IN $initiativeIds }
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.region AS region
ORDER BY id
