// name: proposals/count-pending-proposals
// purpose: how many proposals wait for an editor (the review page's badge)
// params: none
// returns: count: int
MATCH (p:Proposal {status: 'PENDING'})
RETURN count(p) AS count
