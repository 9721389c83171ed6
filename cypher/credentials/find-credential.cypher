// name: credentials/find-credential
// purpose: the unrevoked personal token with this hash (a request's bearer token), no row when none
// params: $hash: string
// returns: id, name, role, lastUsedAt: int|null (epoch ms)
MATCH (c:Credential {hash: $hash})
WHERE c.revokedAt IS NULL
RETURN c.id AS id, c.name AS name, c.role AS role, c.lastUsedAt.epochMillis AS lastUsedAt
