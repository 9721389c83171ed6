// name: graph/load-subgraph
// purpose: the initiatives and actors with the given ids and the relations among them (amplifications of the given modes only)
// params: $initiativeIds: [string], $actorIds: [string], $modes: [string]|null (null = all modes), $asOf: string|null (relations dated after it are left out)
// returns: initiatives: [{id, name, region, themes, status, startedOn}], actors: [{id, name, kind, region}], involvements: [{actorId, initiativeId, role, since}], influences: [{fromActorId, toActorId, weight, since}], amplifications: [{fromInitiativeId, toInitiativeId, mode, on, evidence, confidence}]
CALL () {
  UNWIND $initiativeIds AS x
  MATCH (i:Initiative {id: x})
  RETURN collect(i {.id, .name, .region, .themes, .status, .startedOn}) AS initiatives
}
CALL () {
  UNWIND $actorIds AS x
  MATCH (a:Actor {id: x})
  RETURN collect(a {.id, .name, .kind, .region}) AS actors
}
CALL () {
  UNWIND $actorIds AS x
  MATCH (a:Actor {id: x})-[r:INVOLVED_IN]->(i:Initiative)
  WHERE i.id IN $initiativeIds AND ($asOf IS NULL OR r.since IS NULL OR r.since <= date($asOf))
  RETURN collect({actorId: a.id, initiativeId: i.id, role: r.role, since: r.since}) AS involvements
}
CALL () {
  UNWIND $actorIds AS x
  MATCH (a:Actor {id: x})-[r:INFLUENCES]->(b:Actor)
  WHERE b.id IN $actorIds AND ($asOf IS NULL OR r.since IS NULL OR r.since <= date($asOf))
  RETURN collect({fromActorId: a.id, toActorId: b.id, weight: coalesce(r.weight, 1.0), since: r.since}) AS influences
}
CALL () {
  UNWIND $initiativeIds AS x
  MATCH (f:Initiative {id: x})-[r:AMPLIFIES]->(t:Initiative)
  WHERE t.id IN $initiativeIds AND ($modes IS NULL OR r.mode IN $modes)
    AND ($asOf IS NULL OR r.on IS NULL OR r.on <= date($asOf))
  RETURN collect({fromInitiativeId: f.id, toInitiativeId: t.id, mode: r.mode, on: r.on, evidence: r.evidence, confidence: r.confidence}) AS amplifications
}
RETURN initiatives, actors, involvements, influences, amplifications
