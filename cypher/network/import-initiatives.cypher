// name: network/import-initiatives
// purpose: upsert initiatives by id, replacing their properties (region and themes are linked by import-initiative-links)
// params: $rows: [{id, props: map (with _seq, the change mark), startedOn: string|null}]
// returns: count
UNWIND $rows AS row
MERGE (i:Initiative {id: row.id})
SET i = row.props
SET i.startedOn = CASE WHEN row.startedOn IS NULL THEN null ELSE date(row.startedOn) END
RETURN count(*) AS count
