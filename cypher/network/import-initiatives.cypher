// name: network/import-initiatives
// purpose: upsert initiatives by id, replacing their properties, region and theme links
// params: $rows: [{id, props: map, startedOn: string|null, region: string|null, themes: [string]}]
// returns: count
UNWIND $rows AS row
MERGE (i:Initiative {id: row.id})
SET i = row.props
SET i.startedOn = CASE WHEN row.startedOn IS NULL THEN null ELSE date(row.startedOn) END
WITH i, row
CALL (i) {
  MATCH (i)-[old:LOCATED_IN|ADDRESSES]->()
  DELETE old
}
CALL (i, row) {
  WITH i, row WHERE row.region IS NOT NULL
  MERGE (r:Region {name: row.region})
  MERGE (i)-[:LOCATED_IN]->(r)
}
CALL (i, row) {
  UNWIND row.themes AS theme
  MERGE (t:Theme {name: theme})
  MERGE (i)-[:ADDRESSES]->(t)
}
RETURN count(*) AS count
