// name: network/tie-graph
// purpose: the projection behind graph T: initiative ids, amplification pairs and involvement pairs
// params: none
// returns: initiatives: [id], amplifications: [[from, to]], involvements: [[actorId, initiativeId]]
CALL () { MATCH (i:Initiative) RETURN collect(i.id) AS initiatives }
CALL () {
  MATCH (a:Initiative)-[:AMPLIFIES]->(b:Initiative)
  RETURN collect([a.id, b.id]) AS amplifications
}
CALL () {
  MATCH (a:Actor)-[:INVOLVED_IN]->(i:Initiative)
  RETURN collect([a.id, i.id]) AS involvements
}
RETURN initiatives, amplifications, involvements
