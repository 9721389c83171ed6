// name: history/bulk-chunks-with
// purpose: which chunks of a bulk change set hold entries of the given initiatives or actors
// params: $seq: int, $keys: [string]
// returns: ns: [int]
MATCH (k:BulkChunk {seq: $seq})
WHERE any(key IN $keys WHERE key IN k.keys)
RETURN collect(k.n) AS ns
