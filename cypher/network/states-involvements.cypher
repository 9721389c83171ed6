// name: network/states-involvements
// purpose: the stored state of the given involvements, absent ones left out
// params: $rows: [{actorId, initiativeId}]
// returns: actorId, initiativeId, role, since, until, seq: int|null
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (i:Initiative {id: row.initiativeId})
MATCH (a)-[r:INVOLVED_IN]->(i)
RETURN a.id AS actorId, i.id AS initiativeId, r.role AS role, r.since AS since, r.until AS until, r._seq AS seq
