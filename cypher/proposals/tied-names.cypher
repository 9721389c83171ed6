// name: proposals/tied-names
// purpose: the names of the actors and initiatives an initiative is tied to (its involvements and amplifications), for the update form
// params: $id: string
// returns: actors: [map {id, name, kind, region}], initiatives: [map {id, name, region}]
MATCH (i:Initiative {id: $id})
CALL (i) {
  OPTIONAL MATCH (a:Actor)-[:INVOLVED_IN]->(i)
  RETURN collect(DISTINCT a {.id, .name, .kind, .region}) AS actors
}
CALL (i) {
  OPTIONAL MATCH (i)-[:AMPLIFIES]-(o:Initiative)
  RETURN collect(DISTINCT o {.id, .name, .region}) AS initiatives
}
RETURN actors, initiatives
