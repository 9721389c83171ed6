// name: network/relations-of-initiatives
// purpose: the state of every relation of the given initiatives (what deleting them takes along), for the change log
// params: $ids: [string]
// returns: involvements, amplifications, outcomes, barriers: [map] (rows as in the states-* queries, each with seq)
CALL () {
  UNWIND $ids AS id
  MATCH (a:Actor)-[r:INVOLVED_IN]->(i:Initiative {id: id})
  RETURN collect({actorId: a.id, initiativeId: i.id, role: r.role, since: r.since, until: r.until, seq: r._seq}) AS involvements
}
CALL () {
  UNWIND $ids AS id
  MATCH (i:Initiative {id: id})-[r:AMPLIFIES]-(:Initiative)
  WITH DISTINCT r
  MATCH (a:Initiative)-[r]->(b:Initiative)
  RETURN collect({fromInitiativeId: a.id, toInitiativeId: b.id, mode: r.mode, on: r.on, evidence: r.evidence,
                  confidence: r.confidence, mechanisms: r.mechanisms, seq: r._seq}) AS amplifications
}
CALL () {
  UNWIND $ids AS id
  MATCH (i:Initiative {id: id})-[r:ACHIEVES]->(o:Outcome)
  RETURN collect({initiativeId: i.id, kind: o.kind, name: o.name, on: r.date, seq: r._seq}) AS outcomes
}
CALL () {
  UNWIND $ids AS id
  MATCH (i:Initiative {id: id})-[f:FACES]->(b:Barrier)
  OPTIONAL MATCH (i)-[o:OVERCOMES]->(b)
  RETURN collect({initiativeId: i.id, barrier: b.kind, overcome: o IS NOT NULL, on: o.date, note: f.note, seq: f._seq}) AS barriers
}
RETURN involvements, amplifications, outcomes, barriers
