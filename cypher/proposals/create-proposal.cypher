// name: proposals/create-proposal
// purpose: stores a pending proposal for one initiative: who sent it, the state it was made from and the state proposed (JSON text)
// params: $id, $linkId, $initiativeId, $contactName: string; $contactEmail, $message: string|null; $base, $proposed: string (JSON)
// returns: proposal: map (id, linkId, initiativeId, contactName, contactEmail, message, base, proposed, status, submittedAt, reviewedAt, reviewedBy, note, appliedSeq)
CREATE (p:Proposal {id: $id, linkId: $linkId, initiativeId: $initiativeId, contactName: $contactName,
                    contactEmail: $contactEmail, message: $message, base: $base, proposed: $proposed,
                    status: 'PENDING', submittedAt: datetime.realtime()})
RETURN p {.id, .linkId, .initiativeId, .contactName, .contactEmail, .message, .base, .proposed, .status, .reviewedBy, .note, .appliedSeq, submittedAt: p.submittedAt.epochMillis, reviewedAt: p.reviewedAt.epochMillis} AS proposal
