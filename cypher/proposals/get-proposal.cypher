// name: proposals/get-proposal
// purpose: one proposal by id, no row when absent
// params: $id: string
// returns: proposal: map (as create-proposal)
MATCH (p:Proposal {id: $id})
RETURN p {.id, .linkId, .initiativeId, .contactName, .contactEmail, .message, .base, .proposed, .status, .reviewedBy, .note, .appliedSeq, submittedAt: p.submittedAt.epochMillis, reviewedAt: p.reviewedAt.epochMillis} AS proposal
