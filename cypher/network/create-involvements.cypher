// name: network/create-involvements
// purpose: create (Actor)-[:INVOLVED_IN]->(Initiative) known to be new (an end is new in this import)
// params: $rows: [{actorId, initiativeId, role, since: string|null, until: string|null, seq: int|null (the change mark)}]
// returns: count
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (i:Initiative {id: row.initiativeId})
CREATE (a)-[r:INVOLVED_IN]->(i)
SET r.role = row.role,
    r.since = CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END,
    r.until = CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END,
    r._seq = row.seq
RETURN count(*) AS count
