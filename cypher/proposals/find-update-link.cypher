// name: proposals/find-update-link
// purpose: the update link with this token hash, revoked or expired ones too (the caller says which), no row when none
// params: $hash: string
// returns: link: map (as create-update-link)
MATCH (l:UpdateLink {hash: $hash})
RETURN l {.id, .initiativeId, .createdBy, .revokedBy, createdAt: l.createdAt.epochMillis, expiresAt: l.expiresAt.epochMillis, lastUsedAt: l.lastUsedAt.epochMillis, revokedAt: l.revokedAt.epochMillis} AS link
