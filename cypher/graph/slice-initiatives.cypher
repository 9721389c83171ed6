// name: graph/slice-initiatives
// purpose: ids of the initiatives a network slice shows (region, theme, status, startedOn within [from, to]), ordered by id, at most $limit
// params: $regions: [string]|null, $themes: [string]|null, $statuses: [string]|null, $from: string|null, $to: string|null, $asOf: string|null (started on or before), $limit: int
// returns: ids: [string]
MATCH (i:Initiative)
WHERE ($regions IS NULL OR i.region IN $regions)
  AND ($themes IS NULL OR any(t IN coalesce(i.themes, []) WHERE t IN $themes))
  AND ($statuses IS NULL OR i.status IN $statuses)
  AND ($from IS NULL OR (i.startedOn IS NOT NULL AND i.startedOn >= date($from)))
  AND ($to IS NULL OR (i.startedOn IS NOT NULL AND i.startedOn <= date($to)))
  AND ($asOf IS NULL OR (i.startedOn IS NOT NULL AND i.startedOn <= date($asOf)))
WITH i ORDER BY i.id LIMIT $limit
RETURN collect(i.id) AS ids
