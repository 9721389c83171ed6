// name: network/import-influences
// purpose: upsert (Actor)-[:INFLUENCES {weight, since}]->(Actor), unique per (from, to)
// params: $rows: [{fromActorId, toActorId, weight: float, since: string|null}]
// returns: count
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromActorId})
MATCH (b:Actor {id: row.toActorId})
MERGE (a)-[r:INFLUENCES]->(b)
SET r.weight = row.weight,
    r.since = CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END
RETURN count(*) AS count
