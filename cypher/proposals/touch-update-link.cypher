// name: proposals/touch-update-link
// purpose: records when an update link was last used
// params: $id: string
// returns: nothing
MATCH (l:UpdateLink {id: $id})
SET l.lastUsedAt = datetime.realtime()
