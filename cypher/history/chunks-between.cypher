// name: history/chunks-between
// purpose: the compressed entries of every change set after one sequence number up to another, in sequence order (what networkDiff rewinds)
// params: $after: int, $upTo: int
// returns: seq: int, n: int, data: bytes
MATCH (k:ChangeChunk)
WHERE k.seq > $after AND k.seq <= $upTo
RETURN k.seq AS seq, k.n AS n, k.data AS data
ORDER BY seq, n
