// name: history/bulk-chunks-with
// purpose: which chunks of a bulk change set hold entries of the given initiatives or actors
// params: $seq: int, $keys: [string]
// returns: ns: [int]
MATCH (k:BulkChunk {seq: $seq})
// keyText: every key on a line of its own; keys: a list, as chunks written before keyText held them
WHERE any(key IN $keys WHERE k.keyText CONTAINS ('\n' + key + '\n') OR key IN coalesce(k.keys, []))
RETURN collect(k.n) AS ns
