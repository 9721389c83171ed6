// name: history/get-chunks
// purpose: the compressed entries of one change set, all chunks or the given ones, in order
// params: $seq: int, $ns: [int]|null (null = all)
// returns: n: int, data: bytes
MATCH (k:ChangeChunk {seq: $seq})
WHERE $ns IS NULL OR k.n IN $ns
RETURN k.n AS n, k.data AS data
ORDER BY n
