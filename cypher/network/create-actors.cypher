// name: network/create-actors
// purpose: create actors whose ids are known to be new (looked up once at the start of the import)
// params: $rows: [{props: map (with id and _seq, the change mark)}]
// returns: count
UNWIND $rows AS row
CREATE (a:Actor)
SET a = row.props
RETURN count(*) AS count
