// name: analytics/projection-amplifications
// purpose: every amplification edge (graph A)
// params: none
// returns: from, to, mode, on
MATCH (a:Initiative)-[r:AMPLIFIES]->(b:Initiative)
RETURN a.id AS from, b.id AS to, r.mode AS mode, r.on AS on
ORDER BY from, to, mode
