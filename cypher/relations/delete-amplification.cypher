// name: relations/delete-amplification
// purpose: deletes one amplification, by (from initiative, to initiative, mode)
// params: $fromInitiativeId: string, $toInitiativeId: string, $mode: string
// returns: removed: int (0 when absent)
OPTIONAL MATCH (:Initiative {id: $fromInitiativeId})-[r:AMPLIFIES {mode: $mode}]->(:Initiative {id: $toInitiativeId})
DELETE r
RETURN count(r) AS removed
