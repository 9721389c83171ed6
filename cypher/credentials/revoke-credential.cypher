// name: credentials/revoke-credential
// purpose: revokes a personal token (kept, with when and by whom, so the change log's names stay explained); no row when absent
// params: $id, $revokedBy: string
// returns: credential: map (as create-credential)
MATCH (c:Credential {id: $id})
SET c.revokedAt = coalesce(c.revokedAt, datetime.realtime()), c.revokedBy = coalesce(c.revokedBy, $revokedBy)
RETURN c {.id, .name, .role, .createdBy, .revokedBy, createdAt: c.createdAt.epochMillis,
          lastUsedAt: c.lastUsedAt.epochMillis, revokedAt: c.revokedAt.epochMillis} AS credential
