// name: credentials/touch-credential
// purpose: records when a personal token was last used (at most once a minute per token)
// params: $id: string
// returns: nothing
MATCH (c:Credential {id: $id})
WHERE c.lastUsedAt IS NULL OR c.lastUsedAt < datetime.realtime() - duration('PT1M')
SET c.lastUsedAt = datetime.realtime()
