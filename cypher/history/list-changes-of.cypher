// name: history/list-changes-of
// purpose: the given change sets (those touching an entity, from history/entity-seqs) newest first, filtered by time and who
// params: $seqs: [int], $before: int, $since, $until: string|null, $by: string|null, $limit: int
// returns: change: map (as history/list-changes)
UNWIND $seqs AS seq
MATCH (c:ChangeSet {seq: seq})
WHERE c.seq < $before
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($until IS NULL OR c.at < datetime($until))
  AND ($by IS NULL OR c.who = $by)
RETURN c {.seq, .who, .operation, .summary, .counts, .entries, .chunks, .bulk, .undoes, .undoneBy, at: c.at.epochMillis} AS change
ORDER BY c.seq DESC
LIMIT $limit
