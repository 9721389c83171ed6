/** Counting helpers shared by cascades and communities. */

export interface NameCount {
  name: string;
  count: number;
}

/** name < name, as the engine orders ids and names everywhere (code units, not locale) */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** adds one to `key`'s count (nothing for an empty key) */
export function countInto(map: Map<string, number>, key: string | null | undefined): void {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
}

/** Counts as name/count pairs, most first, ties by name. */
export function countsOf(map: Map<string, number>): NameCount[] {
  return [...map]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));
}

/** Shannon entropy in bits of a distribution given by counts */
export function shannonEntropy(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let h = 0;
  for (const c of counts) {
    if (c <= 0) continue;
    const p = c / total;
    h -= p * Math.log2(p);
  }
  return h === 0 ? 0 : h; // no -0
}
