// name: analytics/fingerprint
// purpose: cheap counts (from Neo4j's count store) that change when another process adds or removes data
// params: none
// returns: fingerprint: string
CALL () { MATCH (n:Initiative) RETURN count(n) AS initiatives }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH ()-[r:AMPLIFIES]->() RETURN count(r) AS amplifications }
CALL () { MATCH ()-[r:INVOLVED_IN]->() RETURN count(r) AS involvements }
CALL () { MATCH ()-[r:INFLUENCES]->() RETURN count(r) AS influences }
CALL () { MATCH ()-[r:FACES]->() RETURN count(r) AS faces }
RETURN initiatives + '/' + actors + '/' + amplifications + '/' + involvements + '/' + influences + '/' + faces AS fingerprint
