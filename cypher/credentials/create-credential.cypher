// name: credentials/create-credential
// purpose: stores a personal token by its SHA-256 hash (the token itself is never stored)
// params: $id, $name, $role, $hash, $createdBy: string
// returns: credential: map (id, name, role, createdAt, createdBy, lastUsedAt, revokedAt, revokedBy; times as epoch ms)
CREATE (c:Credential {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime.realtime(), createdBy: $createdBy})
RETURN c {.id, .name, .role, .createdBy, .revokedBy, createdAt: c.createdAt.epochMillis,
          lastUsedAt: c.lastUsedAt.epochMillis, revokedAt: c.revokedAt.epochMillis} AS credential
