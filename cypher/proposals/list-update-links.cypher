// name: proposals/list-update-links
// purpose: the update links of one initiative (without their hashes), newest first; revoked ones only when asked
// params: $initiativeId: string, $includeRevoked: boolean
// returns: link: map (as create-update-link)
MATCH (l:UpdateLink {initiativeId: $initiativeId})
WHERE $includeRevoked OR l.revokedAt IS NULL
RETURN l {.id, .initiativeId, .createdBy, .revokedBy, createdAt: l.createdAt.epochMillis, expiresAt: l.expiresAt.epochMillis, lastUsedAt: l.lastUsedAt.epochMillis, revokedAt: l.revokedAt.epochMillis} AS link
ORDER BY l.createdAt DESC, l.id
