// name: network/import-influences
// purpose: upsert (Actor)-[:INFLUENCES {weight, since}]->(Actor), unique per (from, to)
// params: $rows: [{fromActorId, toActorId, weight: float, since: string|null, seq: int|null (the change mark)}]
// returns: count
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromActorId})
MATCH (b:Actor {id: row.toActorId})
MERGE (a)-[r:INFLUENCES]->(b)
SET r.weight = row.weight,
    r.since = CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END,
    r._seq = row.seq
RETURN count(*) AS count
