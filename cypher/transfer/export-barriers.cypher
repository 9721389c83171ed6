// name: transfer/export-barriers
// purpose: barriers faced (and overcome) by the given initiatives (null = all)
// params: $initiativeIds: [string]|null
// returns: initiativeId, barrier, overcome, on, note
MATCH (i:Initiative)-[f:FACES]->(b:Barrier)
WHERE $initiativeIds IS NULL OR i.id IN $initiativeIds
OPTIONAL MATCH (i)-[o:OVERCOMES]->(b)
RETURN i.id AS initiativeId, b.kind AS barrier, CASE WHEN o IS NULL THEN null ELSE true END AS overcome, o.date AS on, f.note AS note
ORDER BY initiativeId, barrier
