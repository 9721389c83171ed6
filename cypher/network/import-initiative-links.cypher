// name: network/import-initiative-links
// purpose: replace the LOCATED_IN and ADDRESSES links of upserted initiatives by their region and themes
// params: $ids: [string]; $regions: [{id, region}]; $themes: [{id, theme}]; $regionNames, $themeNames: [string]
// returns: count
CALL () {
  UNWIND $ids AS id
  MATCH (:Initiative {id: id})-[old:LOCATED_IN|ADDRESSES]->()
  DELETE old
}
CALL () {
  UNWIND $regionNames AS name
  MERGE (:Region {name: name})
}
CALL () {
  UNWIND $themeNames AS name
  MERGE (:Theme {name: name})
}
CALL () {
  UNWIND $regions AS link
  MATCH (i:Initiative {id: link.id})
  MATCH (r:Region {name: link.region})
  CREATE (i)-[:LOCATED_IN]->(r)
}
CALL () {
  UNWIND $themes AS link
  MATCH (i:Initiative {id: link.id})
  MATCH (t:Theme {name: link.theme})
  CREATE (i)-[:ADDRESSES]->(t)
}
RETURN size($ids) AS count
