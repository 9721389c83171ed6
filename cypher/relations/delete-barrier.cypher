// name: relations/delete-barrier
// purpose: removes a barrier from an initiative: its FACES and OVERCOMES links (the Barrier vocabulary node stays)
// params: $initiativeId: string, $barrier: string
// returns: removed: [{type, count}] (empty when absent)
OPTIONAL MATCH (:Initiative {id: $initiativeId})-[r:FACES|OVERCOMES]->(:Barrier {kind: $barrier})
WITH r, type(r) AS type
DELETE r
WITH type, count(*) AS count
WITH collect(CASE WHEN type IS NULL THEN null ELSE {type: type, count: count} END) AS removed
RETURN removed
