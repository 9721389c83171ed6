/**
 * Compressed sparse rows: the one adjacency layout of the engine. Row i holds the targets
 * `targets[offsets[i] .. offsets[i+1])`. Typed arrays stay small where object graphs do not
 * (see graphs.ts for the sizes at the 100k demo).
 *
 * One builder, {@link buildRows}, with two options:
 *  - default: a directed multigraph, each (from, to) pair in the row of `from`, rows keeping the
 *    input order (a stable counting sort), and `pair[pos]` = the input pair at each position, so
 *    callers can carry per-edge data (a mode, a date) alongside;
 *  - `symmetric`: each pair also in the row of `to` (undirected);
 *  - `simple`: self-loops and repeated targets dropped, rows sorted ascending (no `pair` then).
 * {@link csrFromPairs} is the symmetric + simple case with node ids: a simple undirected graph.
 */

export interface Rows {
  offsets: Int32Array;
  targets: Int32Array;
}

export interface PairRows extends Rows {
  /** input pair index of each position (absent for `simple` rows) */
  pair?: Int32Array;
}

export interface RowsOptions {
  /** add every pair in both directions */
  symmetric?: boolean;
  /** drop self-loops and duplicate targets; rows sorted ascending */
  simple?: boolean;
}

/**
 * A simple undirected graph (no self-loops, no parallel edges) with node ids: node i has id
 * ids[i]; its neighbours are sorted ascending. Each edge is in two rows; `edgeCount` counts it once.
 */
export interface Csr extends Rows {
  ids: string[];
  index: Map<string, number>;
  edgeCount: number;
}

/** id → position */
export function indexOf(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  return index;
}

/** Rows over 0..rowCount-1 from pairs (from[e], to[e]); see the file header for the options. */
export function buildRows(
  rowCount: number,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  options: RowsOptions = {},
): PairRows {
  const m = from.length;
  const both = options.symmetric === true;
  const skipLoops = options.simple === true;
  const offsets = new Int32Array(rowCount + 1);
  for (let e = 0; e < m; e++) {
    if (skipLoops && from[e] === to[e]) continue;
    offsets[from[e]! + 1]!++;
    if (both) offsets[to[e]! + 1]!++;
  }
  for (let i = 0; i < rowCount; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, rowCount);
  const targets = new Int32Array(offsets[rowCount]!);
  const pair = new Int32Array(offsets[rowCount]!);
  for (let e = 0; e < m; e++) {
    const u = from[e]!;
    const v = to[e]!;
    if (skipLoops && u === v) continue;
    pair[fill[u]!] = e;
    targets[fill[u]!++] = v;
    if (both) {
      pair[fill[v]!] = e;
      targets[fill[v]!++] = u;
    }
  }
  return options.simple === true ? sortAndDedupe(rowCount, offsets, targets) : { offsets, targets, pair };
}

/** Sorts each row and drops repeated targets, compacting in place. */
function sortAndDedupe(rowCount: number, raw: Int32Array, buf: Int32Array): Rows {
  const offsets = new Int32Array(rowCount + 1);
  let out = 0;
  for (let i = 0; i < rowCount; i++) {
    const row = buf.subarray(raw[i], raw[i + 1]);
    row.sort();
    offsets[i] = out;
    let last = -1;
    for (const t of row) {
      if (t !== last) buf[out++] = t;
      last = t;
    }
  }
  offsets[rowCount] = out;
  return { offsets, targets: buf.slice(0, out) };
}

/** A simple undirected graph from an edge list of indices (self-loops and duplicates dropped). */
export function csrFromPairs(ids: string[], us: ArrayLike<number>, vs: ArrayLike<number>): Csr {
  const { offsets, targets } = buildRows(ids.length, us, vs, { symmetric: true, simple: true });
  return { ids, index: indexOf(ids), offsets, targets, edgeCount: targets.length / 2 };
}

/** The targets of row i (a view, not a copy). */
export function neighbours(rows: Rows, i: number): Int32Array {
  return rows.targets.subarray(rows.offsets[i], rows.offsets[i + 1]);
}
