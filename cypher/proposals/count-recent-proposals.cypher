// name: proposals/count-recent-proposals
// purpose: how many proposals an update link made in the last $minutes (its rate limit)
// params: $linkId: string, $minutes: int
// returns: count: int
MATCH (p:Proposal {linkId: $linkId})
WHERE p.submittedAt > datetime.realtime() - duration({minutes: $minutes})
RETURN count(p) AS count
