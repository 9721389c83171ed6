// name: history/seq-at
// purpose: the sequence number of the last change set committed at or before an instant (null when none is kept)
// params: $at: string (ISO date-time)
// returns: seq: int|null, at: int|null (epoch ms of that change set)
MATCH (c:ChangeSet)
WHERE c.at <= datetime($at)
WITH c ORDER BY c.at DESC, c.seq DESC LIMIT 1
RETURN c.seq AS seq, c.at.epochMillis AS at
