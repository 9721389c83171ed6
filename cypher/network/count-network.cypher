// name: network/count-network
// purpose: counts of initiatives, actors and each relation kind (networkStats)
// params: none
// returns: initiatives, actors, involvements, influences, amplifications
CALL () { MATCH (n:Initiative) RETURN count(n) AS initiatives }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (:Actor)-[r:INVOLVED_IN]->(:Initiative) RETURN count(r) AS involvements }
CALL () { MATCH (:Actor)-[r:INFLUENCES]->(:Actor) RETURN count(r) AS influences }
CALL () { MATCH (:Initiative)-[r:AMPLIFIES]->(:Initiative) RETURN count(r) AS amplifications }
RETURN initiatives, actors, involvements, influences, amplifications
