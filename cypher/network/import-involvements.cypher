// name: network/import-involvements
// purpose: upsert (Actor)-[:INVOLVED_IN]->(Initiative), unique per (actor, initiative)
// params: $rows: [{actorId, initiativeId, role, since: string|null, until: string|null, seq: int|null (the change mark)}]
// returns: count
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (i:Initiative {id: row.initiativeId})
MERGE (a)-[r:INVOLVED_IN]->(i)
SET r.role = row.role,
    r.since = CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END,
    r.until = CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END,
    r._seq = row.seq
RETURN count(*) AS count
