import DataLoader from 'dataloader';

/**
 * One DataLoader per GraphQL request and field: a list of 100 initiatives asking for their actors
 * makes one database query, not 100. Loaders live on the request's context object (created fresh
 * per request), so nothing is cached across requests and a write is seen by the next request.
 */
const loaders = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

export function batchLoad<T>(
  context: object,
  field: string,
  id: string,
  batch: (ids: readonly string[]) => Promise<Map<string, T>>,
  missing: T,
): Promise<T> {
  let byField = loaders.get(context);
  if (!byField) {
    byField = new Map();
    loaders.set(context, byField);
  }
  let loader = byField.get(field) as DataLoader<string, T> | undefined;
  if (!loader) {
    loader = new DataLoader<string, T>(async (ids) => {
      const found = await batch(ids);
      return ids.map((key) => found.get(key) ?? missing);
    });
    byField.set(field, loader);
  }
  return loader.load(id);
}

/** Rows of a batch query grouped by their `key` column, in the query's order. */
export function groupByKey<R extends { key: string }, T>(rows: readonly R[], map: (row: R) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.key);
    if (group) group.push(map(row));
    else groups.set(row.key, [map(row)]);
  }
  return groups;
}
