// name: transfer/export-initiatives
// purpose: initiatives of the whole network or of a filtered slice, with all their properties
// params: $regions, $themes, $statuses: [string]|null (null = any); $from, $to: string|null (startedOn range, inclusive)
// returns: props: map (startedOn as a date), ordered by id
MATCH (i:Initiative)
WHERE ($regions IS NULL OR i.region IN $regions)
  AND ($themes IS NULL OR any(t IN i.themes WHERE t IN $themes))
  AND ($statuses IS NULL OR i.status IN $statuses)
  AND ($from IS NULL OR i.startedOn >= date($from))
  AND ($to IS NULL OR i.startedOn <= date($to))
RETURN properties(i) AS props
ORDER BY i.id
