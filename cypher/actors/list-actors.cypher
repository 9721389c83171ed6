// name: actors/list-actors
// purpose: one page of actors matching the filter, ordered by id, after a cursor id, the total count, and how many of them come up to the cursor id
// params: $region: string|null, $kind: string|null, $search: lowercase string|null, $after: string|null, $limit: int
// returns: totalCount: int, precedingCount: int (matching ids ≤ $after; 0 without $after), rows: [props map]
CALL () {
  MATCH (a:Actor)
  WHERE ($region IS NULL OR a.region = $region)
    AND ($kind IS NULL OR a.kind = $kind)
    AND ($search IS NULL OR toLower(a.name) CONTAINS $search)
  RETURN count(a) AS totalCount, count(CASE WHEN a.id <= $after THEN 1 END) AS precedingCount
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
RETURN totalCount, precedingCount, rows
