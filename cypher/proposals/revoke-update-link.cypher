// name: proposals/revoke-update-link
// purpose: revokes an update link (kept, so its proposals still say which link they came from); no row when absent
// params: $id, $revokedBy: string
// returns: link: map (as create-update-link)
MATCH (l:UpdateLink {id: $id})
SET l.revokedAt = coalesce(l.revokedAt, datetime.realtime()), l.revokedBy = coalesce(l.revokedBy, $revokedBy)
RETURN l {.id, .initiativeId, .createdBy, .revokedBy, createdAt: l.createdAt.epochMillis, expiresAt: l.expiresAt.epochMillis, lastUsedAt: l.lastUsedAt.epochMillis, revokedAt: l.revokedAt.epochMillis} AS link
