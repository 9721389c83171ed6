// name: history/history-bounds
// purpose: what the history holds: the data version, the first sequence number whose change set is kept (compaction removes older ones), and the time compaction removed history before
// params: none
// returns: seq: int, historyFrom: int, compactedBefore: int|null (epoch ms)
OPTIONAL MATCH (v:DataVersion {id: 'atlas'})
RETURN coalesce(v.seq, 0) AS seq, coalesce(v.historyFrom, 1) AS historyFrom, v.compactedBefore.epochMillis AS compactedBefore
