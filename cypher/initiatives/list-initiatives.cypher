// name: initiatives/list-initiatives
// purpose: one page of initiatives matching the filter, ordered by id, after a cursor id, the total count, and how many of them come up to the cursor id
// params: $region: string|null, $theme: string|null, $status: string|null, $search: lowercase string|null, $after: string|null, $limit: int
// returns: totalCount: int, precedingCount: int (matching ids ≤ $after; 0 without $after), rows: [props map]
CALL () {
  MATCH (i:Initiative)
  WHERE ($region IS NULL OR i.region = $region)
    AND ($theme IS NULL OR $theme IN i.themes)
    AND ($status IS NULL OR i.status = $status)
    AND ($search IS NULL OR toLower(i.name) CONTAINS $search OR toLower(coalesce(i.description, '')) CONTAINS $search)
  RETURN count(i) AS totalCount, count(CASE WHEN i.id <= $after THEN 1 END) AS precedingCount
}
CALL () {
  MATCH (i:Initiative)
  WHERE ($region IS NULL OR i.region = $region)
    AND ($theme IS NULL OR $theme IN i.themes)
    AND ($status IS NULL OR i.status = $status)
    AND ($search IS NULL OR toLower(i.name) CONTAINS $search OR toLower(coalesce(i.description, '')) CONTAINS $search)
    AND ($after IS NULL OR i.id > $after)
  WITH i ORDER BY i.id LIMIT $limit
  RETURN collect(i {.*}) AS rows
}
RETURN totalCount, precedingCount, rows
