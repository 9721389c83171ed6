// name: proposals/create-update-link
// purpose: stores an update link for one initiative by the SHA-256 hash of its token (the token itself is never stored)
// params: $id, $initiativeId, $hash, $createdBy: string; $days: int (the link expires that many days from now)
// returns: link: map (id, initiativeId, createdAt, createdBy, expiresAt, lastUsedAt, revokedAt, revokedBy; times as epoch ms)
CREATE (l:UpdateLink {id: $id, initiativeId: $initiativeId, hash: $hash, createdBy: $createdBy,
                      createdAt: datetime.realtime(), expiresAt: datetime.realtime() + duration({days: $days})})
RETURN l {.id, .initiativeId, .createdBy, .revokedBy, createdAt: l.createdAt.epochMillis, expiresAt: l.expiresAt.epochMillis, lastUsedAt: l.lastUsedAt.epochMillis, revokedAt: l.revokedAt.epochMillis} AS link
