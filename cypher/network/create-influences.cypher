// name: network/create-influences
// purpose: create (Actor)-[:INFLUENCES]->(Actor) known to be new (an end is new in this import)
// params: $rows: [{fromActorId, toActorId, weight: float, since: string|null, seq: int|null (the change mark)}]
// returns: count
UNWIND $rows AS row
MATCH (a:Actor {id: row.fromActorId})
MATCH (b:Actor {id: row.toActorId})
CREATE (a)-[r:INFLUENCES]->(b)
SET r.weight = row.weight,
    r.since = CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END,
    r._seq = row.seq
RETURN count(*) AS count
