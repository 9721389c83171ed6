// name: history/get-change-set
// purpose: one change set by its sequence number, no row when absent (never written, or compacted)
// params: $seq: int
// returns: change: map (as history/list-changes)
MATCH (c:ChangeSet {seq: $seq})
RETURN c {.seq, .who, .operation, .summary, .counts, .entries, .chunks, .bulk, .undoes, .undoneBy, at: c.at.epochMillis} AS change
