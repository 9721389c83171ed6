// name: actors/list-actors
// purpose: one page of actors matching the filter, ordered by id, after a cursor id, and the total count
// params: $region: string|null, $kind: string|null, $search: lowercase string|null, $after: string|null, $limit: int
// returns: totalCount: int, rows: [props map]
CALL () {
  MATCH (a:Actor)
  WHERE ($region IS NULL OR a.region = $region)
    AND ($kind IS NULL OR a.kind = $kind)
    AND ($search IS NULL OR toLower(a.name) CONTAINS $search)
  RETURN count(a) AS totalCount
}
CALL () {
  MATCH (a:Actor)
  WHERE ($region IS NULL OR a.region = $region)
    AND ($kind IS NULL OR a.kind = $kind)
    AND ($search IS NULL OR toLower(a.name) CONTAINS $search)
    AND ($after IS NULL OR a.id > $after)
  WITH a ORDER BY a.id LIMIT $limit
  RETURN collect(a {.*}) AS rows
}
RETURN totalCount, rows
