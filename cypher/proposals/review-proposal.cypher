// name: proposals/review-proposal
// purpose: accepts or rejects a pending proposal (once: no row when absent or already reviewed)
// params: $id, $status ('ACCEPTED' | 'REJECTED'), $reviewedBy: string; $note: string|null; $appliedSeq: int|null
// returns: proposal: map (as create-proposal)
MATCH (p:Proposal {id: $id})
WHERE p.status = 'PENDING'
SET p.status = $status, p.reviewedBy = $reviewedBy, p.reviewedAt = datetime.realtime(), p.note = $note,
    p.appliedSeq = $appliedSeq
RETURN p {.id, .linkId, .initiativeId, .contactName, .contactEmail, .message, .base, .proposed, .status, .reviewedBy, .note, .appliedSeq, submittedAt: p.submittedAt.epochMillis, reviewedAt: p.reviewedAt.epochMillis} AS proposal
