// name: analytics/projection-barriers
// purpose: barriers faced and overcome per initiative (for link suggestions)
// params: none
// returns: initiativeId, barrier, overcome
MATCH (i:Initiative)-[:FACES]->(b:Barrier)
RETURN i.id AS initiativeId, b.kind AS barrier, EXISTS { (i)-[:OVERCOMES]->(b) } AS overcome
ORDER BY initiativeId, barrier
