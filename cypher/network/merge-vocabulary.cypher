// name: network/merge-vocabulary
// purpose: the Region, Theme, Outcome and Barrier nodes that created rows link to, merged once per import before those rows are created
// params: $regions, $themes, $barriers: [string]; $outcomes: [{key, kind, name: string|null}]
// returns: count
CALL () {
  UNWIND $regions AS name
  MERGE (:Region {name: name})
}
CALL () {
  UNWIND $themes AS name
  MERGE (:Theme {name: name})
}
CALL () {
  UNWIND $barriers AS kind
  MERGE (:Barrier {kind: kind})
}
CALL () {
  UNWIND $outcomes AS outcome
  MERGE (o:Outcome {key: outcome.key})
    ON CREATE SET o.kind = outcome.kind, o.name = outcome.name
}
RETURN 1 AS count
