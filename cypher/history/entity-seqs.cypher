// name: history/entity-seqs
// purpose: the change sets that touched any of the given initiatives or actors (or one of their relations): ChangeTouch nodes of small change sets, and the chunks of bulk ones whose keys contain one
// params: $keys: [string] (`initiative:<id>`, `actor:<id>`)
// returns: seqs: [int] (unordered, distinct)
CALL () {
  UNWIND $keys AS key
  MATCH (t:ChangeTouch {key: key})
  RETURN collect(DISTINCT t.seq) AS touched
}
CALL () {
  MATCH (k:BulkChunk)
  // keyText: every key on a line of its own; keys: a list, as chunks written before keyText held them
  WHERE any(key IN $keys WHERE k.keyText CONTAINS ('\n' + key + '\n') OR key IN coalesce(k.keys, []))
  RETURN collect(DISTINCT k.seq) AS bulk
}
RETURN touched + [s IN bulk WHERE NOT s IN touched] AS seqs
