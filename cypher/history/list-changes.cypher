// name: history/list-changes
// purpose: change sets newest first (walking the seq index downwards), filtered by time and who
// params: $before: int (only seqs below it), $since, $until: string|null (ISO date-time), $by: string|null, $limit: int
// returns: change: map (seq, at: epoch ms, who, operation, summary, counts: JSON string, entries, chunks, bulk, undoes, undoneBy)
MATCH (c:ChangeSet)
WHERE c.seq < $before
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($until IS NULL OR c.at < datetime($until))
  AND ($by IS NULL OR c.who = $by)
RETURN c {.seq, .who, .operation, .summary, .counts, .entries, .chunks, .bulk, .undoes, .undoneBy, at: c.at.epochMillis} AS change
ORDER BY c.seq DESC
LIMIT $limit
