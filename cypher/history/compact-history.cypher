// name: history/compact-history
// purpose: retention: removes the change sets committed before an instant (with their chunks and index), leaving the network untouched; records how far history now reaches on the DataVersion node
// params: $before: string (ISO date-time)
// returns: changeSets: int, chunks: int, bytes: int (compressed entries removed), historyFrom: int
MATCH (v:DataVersion {id: 'atlas'})
OPTIONAL MATCH (c:ChangeSet)
WHERE c.at < datetime($before)
WITH v, collect(c) AS sets
WITH v, sets, [c IN sets | c.seq] AS seqs
CALL (seqs) {
  UNWIND seqs AS seq
  MATCH (k:ChangeChunk {seq: seq})
  WITH k, size(k.data) AS bytes
  DELETE k
  RETURN count(*) AS chunks, sum(bytes) AS bytes
}
CALL (seqs) {
  UNWIND seqs AS seq
  MATCH (t:ChangeTouch {seq: seq})
  DELETE t
}
CALL (sets) {
  UNWIND sets AS c
  DELETE c
}
WITH v, seqs, chunks, bytes, reduce(m = 0, s IN seqs | CASE WHEN s > m THEN s ELSE m END) AS last
SET v.historyFrom = CASE WHEN last + 1 > coalesce(v.historyFrom, 1) THEN last + 1 ELSE coalesce(v.historyFrom, 1) END,
    v.compactedBefore = CASE WHEN size(seqs) = 0 THEN v.compactedBefore
                             WHEN v.compactedBefore IS NULL OR v.compactedBefore < datetime($before) THEN datetime($before)
                             ELSE v.compactedBefore END
RETURN size(seqs) AS changeSets, chunks, bytes, v.historyFrom AS historyFrom
