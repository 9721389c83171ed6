// name: credentials/list-credentials
// purpose: the personal tokens (without their hashes), oldest first; revoked ones only when asked
// params: $includeRevoked: boolean
// returns: credential: map (as create-credential)
MATCH (c:Credential)
WHERE $includeRevoked OR c.revokedAt IS NULL
RETURN c {.id, .name, .role, .createdBy, .revokedBy, createdAt: c.createdAt.epochMillis,
          lastUsedAt: c.lastUsedAt.epochMillis, revokedAt: c.revokedAt.epochMillis} AS credential
ORDER BY c.createdAt, c.id
