// name: network/import-actors
// purpose: upsert actors by id, replacing their properties
// params: $rows: [{id, props: map (with _seq, the change mark)}]
// returns: count
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a = row.props
RETURN count(*) AS count
