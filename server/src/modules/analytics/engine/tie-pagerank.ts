/**
 * PageRank on the initiative tie graph T (`initiativeRanking` PAGERANK) without building T.
 *
 * T is mostly cliques: an actor in k initiatives ties all k of them, so T at the 100k demo has
 * 25.5M edges while the involvements are 230k. A sweep over T's edges costs the 51M entries of its
 * rows; the same sweep over the cliques costs the involvements. With M = the co-involvement counts
 * (M_uv = actors u and v share) and A = T's adjacency (0/1),
 *
 *     (A·z)_v = Σ_{actor a of v} (S_a − z_v) + Σ_u C_vu·z_u,   S_a = Σ_{u in a} z_u,   C = A − M,
 *
 * and C is sparse: it is non-zero only for pairs that share two or more actors (C = 1 − M) or that
 * are tied by an amplification alone (C = 1) — 1–3% of T’s pairs in the demo networks. One pass over
 * T's pairs (the enumeration {@link tieCorrection} shares with core/tie-index.ts, nothing stored
 * but C and the degrees) replaces building T; then the Gauss–Seidel sweeps of pagerank.ts run on
 * the clique sums, with the same update in the same order, the same stopping rule and the same
 * error bound (pagerank.ts: the L1 distance of the scores to the exact PageRank ≤ 1e-12).
 * T is undirected and unweighted: a node passes its score evenly to its distinct neighbours; an
 * isolated initiative is dangling and gets y = 1.
 */
import type { TieIndex } from './core/tie-index.js';
import {
  DEFAULT_ALPHA,
  DEFAULT_MAX_SWEEPS,
  DEFAULT_PAGERANK_TOLERANCE,
  type PagerankOptions,
  type PagerankResult,
} from './pagerank.js';

/** T's degrees and its correction C = A − M to the clique sums, as rows. */
export interface TieCorrection {
  /** distinct T-neighbours of each initiative */
  degree: Int32Array;
  offsets: Int32Array;
  targets: Int32Array;
  values: Float64Array;
}

/** One pass over T's pairs (each row enumerated once, as forEachTieNeighbour does). */
export function tieCorrection(index: TieIndex): TieCorrection {
  const n = index.ids.length;
  const { actStart, actAdj, memberStart, memberAdj, ampStart, ampAdj } = index;
  const mark = new Int32Array(n).fill(-1);
  const shared = new Int32Array(n);
  const touched = new Int32Array(n);
  const degree = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  const targets: number[] = [];
  const values: number[] = [];
  for (let v = 0; v < n; v++) {
    offsets[v] = targets.length;
    mark[v] = v;
    let k = 0;
    for (let e = actStart[v]!; e < actStart[v + 1]!; e++) {
      const a = actAdj[e]!;
      for (let f = memberStart[a]!; f < memberStart[a + 1]!; f++) {
        const u = memberAdj[f]!;
        if (u === v) continue;
        if (mark[u] !== v) {
          mark[u] = v;
          shared[u] = 0;
          touched[k++] = u;
        }
        shared[u]!++;
      }
    }
    for (let e = ampStart[v]!; e < ampStart[v + 1]!; e++) {
      const u = ampAdj[e]!;
      if (mark[u] === v) continue;
      mark[u] = v;
      shared[u] = 0;
      touched[k++] = u;
    }
    degree[v] = k;
    for (let t = 0; t < k; t++) {
      const u = touched[t]!;
      if (shared[u] === 1) continue;
      targets.push(u);
      values.push(1 - shared[u]!);
    }
  }
  offsets[n] = targets.length;
  return { degree, offsets, targets: Int32Array.from(targets), values: Float64Array.from(values) };
}

/** One Gauss–Seidel sweep of y_v = 1 + α·(A·z)_v, z = y / degree, over the tied initiatives: [Δ, Σy]. */
function sweep(
  index: TieIndex,
  c: TieCorrection,
  alpha: number,
  y: Float64Array,
  z: Float64Array,
  sums: Float64Array,
): [number, number] {
  const { actStart, actAdj, memberStart, memberAdj } = index;
  const { degree, offsets, targets, values } = c;
  for (let a = 0; a + 1 < memberStart.length; a++) {
    let s = 0;
    for (let f = memberStart[a]!, end = memberStart[a + 1]!; f < end; f++) s += z[memberAdj[f]!]!;
    sums[a] = s;
  }
  let change = 0;
  let mass = 0;
  for (let v = 0; v < degree.length; v++) {
    const d = degree[v]!;
    if (d === 0) continue;
    const zv = z[v]!;
    const first = actStart[v]!;
    const last = actStart[v + 1]!;
    let s = 0;
    for (let e = first; e < last; e++) s += sums[actAdj[e]!]! - zv;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) s += values[e]! * z[targets[e]!]!;
    const value = 1 + alpha * s;
    const next = value / d;
    const delta = next - zv;
    for (let e = first; e < last; e++) sums[actAdj[e]!]! += delta;
    change += Math.abs(value - y[v]!);
    mass += value;
    y[v] = value;
    z[v] = next;
  }
  return [change, mass];
}

/** PageRank on T, scores by initiative index of `index` (see the file header). */
export function tiePagerank(index: TieIndex, options: PagerankOptions = {}): PagerankResult {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const tolerance = options.tolerance ?? DEFAULT_PAGERANK_TOLERANCE;
  const maxSweeps = options.maxSweeps ?? DEFAULT_MAX_SWEEPS;
  const n = index.ids.length;
  if (n === 0) return { scores: new Float64Array(0), errorBound: 0, sweeps: 0, cyclicComponents: 0 };
  const correction = tieCorrection(index);
  // y = 0 (z = y/degree = 0 alike) where the sweeps start; an isolated initiative's y is 1
  const y = new Float64Array(n);
  for (let v = 0; v < n; v++) if (correction.degree[v] === 0) y[v] = 1;
  const z = new Float64Array(n);
  const sums = new Float64Array(index.memberStart.length - 1);
  const tied = correction.degree.some((d) => d > 0);
  const budget = ((1 - alpha) * tolerance * n) / 2;
  let sweeps = 0;
  let change = 0;
  while (tied && sweeps < maxSweeps) {
    sweeps++;
    const [delta, mass] = sweep(index, correction, alpha, y, z, sums);
    change = delta;
    if (alpha * change <= budget || change <= 8 * Number.EPSILON * mass) break;
  }
  let total = 0;
  for (let v = 0; v < n; v++) total += y[v]!;
  for (let v = 0; v < n; v++) y[v]! /= total;
  return {
    scores: y,
    errorBound: (2 * alpha * change) / ((1 - alpha) * total),
    sweeps,
    cyclicComponents: tied ? 1 : 0,
  };
}
