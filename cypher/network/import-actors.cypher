// name: network/import-actors
// purpose: upsert actors by id, replacing their properties
// params: $rows: [{id, props: map}]
// returns: count
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a = row.props
RETURN count(*) AS count
