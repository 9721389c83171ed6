// name: network/create-initiatives
// purpose: create initiatives whose ids are known to be new (looked up once at the start of the import), with their region and theme links (those nodes merged first by network/merge-vocabulary)
// params: $rows: [{props: map (with id and _seq, the change mark), startedOn: string|null, regions: [string] (0 or 1), themes: [string]}]
// returns: count
UNWIND $rows AS row
CREATE (i:Initiative)
SET i = row.props
SET i.startedOn = CASE WHEN row.startedOn IS NULL THEN null ELSE date(row.startedOn) END
WITH i, row
CALL (i, row) {
  UNWIND row.regions AS name
  MATCH (r:Region {name: name})
  CREATE (i)-[:LOCATED_IN]->(r)
}
CALL (i, row) {
  UNWIND row.themes AS name
  MATCH (t:Theme {name: name})
  CREATE (i)-[:ADDRESSES]->(t)
}
RETURN count(*) AS count
