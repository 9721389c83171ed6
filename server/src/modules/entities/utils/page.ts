/** What a `list-…` query returns (cypher/initiatives/list-initiatives.cypher, cypher/actors/list-actors.cypher). */
export interface PageRow {
  totalCount: number;
  /** matching items whose id is at most the cursor's id (0 without a cursor) */
  precedingCount: number;
  /** up to first + 1 items after the cursor, so a further one tells there is a next page */
  rows: Record<string, unknown>[];
}

/** One page of `first` items from a `list-…` row (none when the query returned no row). */
export function pageOf<T>(row: PageRow | undefined, first: number, toItem: (props: Record<string, unknown>) => T) {
  const rows = row?.rows ?? [];
  return {
    totalCount: row?.totalCount ?? 0,
    items: rows.slice(0, first).map(toItem),
    hasNextPage: rows.length > first,
    hasPreviousPage: (row?.precedingCount ?? 0) > 0,
  };
}
