// name: history/create-change-set
// purpose: the last statement of every write transaction: the change set, its compressed chunks of entries, and its index (one ChangeTouch per initiative or actor, or the keys on the chunks of a bulk change set, one text per chunk)
// params: $seq: int, $who, $operation, $summary: string, $counts: string (JSON), $entries: int, $undoes: int|null, $bulk: boolean, $chunks: [{n: int, data: bytes, keys: string|null (the node keys, one per line)}], $touches: [string]
// returns: seq, at: string
CREATE (c:ChangeSet {
  seq: toInteger($seq), at: datetime.truncate('millisecond', datetime.realtime()), who: $who, operation: $operation, summary: $summary,
  counts: $counts, entries: toInteger($entries), chunks: size($chunks), bulk: $bulk,
  undoes: CASE WHEN $undoes IS NULL THEN null ELSE toInteger($undoes) END
})
WITH c
CALL (c) {
  UNWIND $chunks AS chunk
  CREATE (k:ChangeChunk {seq: c.seq, n: toInteger(chunk.n), data: chunk.data})
  FOREACH (_ IN CASE WHEN chunk.keys IS NULL THEN [] ELSE [1] END | SET k:BulkChunk, k.keyText = chunk.keys)
}
CALL (c) {
  UNWIND $touches AS key
  CREATE (:ChangeTouch {key: key, seq: c.seq})
}
CALL (c) {
  WITH c WHERE c.undoes IS NOT NULL
  MATCH (undone:ChangeSet {seq: c.undoes})
  SET undone.undoneBy = c.seq
}
RETURN c.seq AS seq, toString(c.at) AS at
