// name: proposals/list-proposals
// purpose: proposals with one status (null: all), newest first, at most $first
// params: $status: string|null, $first: int
// returns: proposal: map (as create-proposal)
MATCH (p:Proposal)
WHERE $status IS NULL OR p.status = $status
RETURN p {.id, .linkId, .initiativeId, .contactName, .contactEmail, .message, .base, .proposed, .status, .reviewedBy, .note, .appliedSeq, submittedAt: p.submittedAt.epochMillis, reviewedAt: p.reviewedAt.epochMillis} AS proposal
ORDER BY p.submittedAt DESC, p.id
LIMIT $first
