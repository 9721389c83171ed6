/**
 * PageRank solved to convergence on the engine's typed arrays (the contract's `actorRanking`
 * PAGERANK on I, and `initiativeRanking` PAGERANK on T).
 *
 * Definition (networkx.pagerank, igraph's PRPACK): damping α (0.85); a node u passes α·x_u to its
 * out-neighbours in proportion to the edge weights (w_uv / out-strength of u); a node without
 * out-edges (out-strength 0, "dangling") spreads α·x_u evenly over ALL nodes; every node gets
 * (1−α)/n teleport; Σx = 1.
 *
 * How it is solved. Teleport and dangling mass reach every node alike, so with the scalar
 * c = (α·Σ_dangling x + 1 − α)/n the fixpoint is x = c·1 + α·Pᵀx, i.e. x = c·y where y solves the
 * linear system
 *
 *     y_v = 1 + α · Σ_{u→v} (w_uv / out_u) · y_u                              (1)
 *
 * and c is fixed by Σx = 1: x = y / Σy. (1) is solved one strongly connected component at a time,
 * each after every component with an edge into it (Tarjan's order on the in-rows), the same
 * decomposition PRPACK uses:
 *  - a component of one node without a self-loop has its exact value in one step (its
 *    predecessors are final);
 *  - a component of up to {@link DIRECT_SOLVE_SIZE} nodes is solved exactly by Gaussian
 *    elimination (its residual, rounding only, is measured and counted below);
 *  - a larger component is solved by Gauss–Seidel sweeps, its predecessors outside it fixed.
 *
 * When to stop. After a sweep over component S whose L1 change is Δ, the residual of (1) on S,
 * r_v = 1 + α·Σ(…)·y_u − y_v, has ||r_S||₁ ≤ α·Δ (each node's value moved by its part of Δ and
 * feeds at most weight 1 in total to its successors). Components are final once swept, so the
 * residual of the whole system is Σ_S α·Δ_S, and as ||α·Pᵀ||₁ ≤ α,
 * ||y − y*||₁ ≤ ||r||₁ / (1 − α) and ||x − x*||₁ ≤ 2·||y − y*||₁ / Σy. A component stops when
 * α·Δ_S ≤ (1 − α)·tolerance·|S| / 2 (Σy ≥ n because every y_v ≥ 1), so the scores are within
 * `tolerance` (default 1e-12) of the exact PageRank in L1 — not merely an iteration whose step got
 * small, which is where networkx's default (L1 change < n·1e-6) stops, up to 9% short of the
 * converged scores on a real network. A component also stops when Δ is down to the rounding of
 * its values (8·ε·Σ_S y); {@link PagerankResult.errorBound} reports the bound reached.
 */
import { buildRows, type Rows } from './core/csr.js';

export const DEFAULT_ALPHA = 0.85;
/** bound on the L1 distance of the scores to the exact PageRank */
export const DEFAULT_PAGERANK_TOLERANCE = 1e-12;
export const DEFAULT_MAX_SWEEPS = 10_000;

export interface PagerankOptions {
  /** damping, default 0.85 */
  alpha?: number;
  /** bound on Σ|x − x*| of the result, default 1e-12 */
  tolerance?: number;
  /** Gauss–Seidel sweeps per component at most, default 10,000 (the demo networks need about 50–100) */
  maxSweeps?: number;
}

/** The pull side of a graph: for each node, the edges INTO it. */
export interface PagerankGraph {
  /** row v = the sources u of the edges u → v (parallel edges repeat u) */
  inRows: Rows;
  /** weight of each in-row position; null when every edge weighs 1 */
  weights: Float64Array | null;
  /** Σ of each node's out-edge weights; 0 = dangling */
  outStrength: Float64Array;
}

export interface PagerankResult {
  /** PageRank per node, Σ = 1 (empty for no nodes) */
  scores: Float64Array;
  /** an upper bound on Σ|score − exact PageRank| */
  errorBound: number;
  /** the most Gauss–Seidel sweeps one component took (0: the graph has no cycle) */
  sweeps: number;
  /** components solved by sweeps (more than one node, or one with a self-loop) */
  cyclicComponents: number;
}

/** A directed graph over 0..n−1 from its edges (weight 1 each when `weight` is absent). */
export function directedPagerankGraph(
  n: number,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  weight?: ArrayLike<number>,
): PagerankGraph {
  const rows = buildRows(n, to, from);
  const pair = rows.pair!;
  const outStrength = new Float64Array(n);
  for (let e = 0; e < from.length; e++) outStrength[from[e]!]! += weight === undefined ? 1 : weight[e]!;
  let weights: Float64Array | null = null;
  if (weight !== undefined) {
    weights = new Float64Array(pair.length);
    for (let k = 0; k < pair.length; k++) weights[k] = weight[pair[k]!]!;
  }
  return { inRows: { offsets: rows.offsets, targets: rows.targets }, weights, outStrength };
}

/** An undirected graph given as symmetric rows (each edge in both rows, weight 1): edges both ways. */
export function undirectedPagerankGraph(rows: Rows): PagerankGraph {
  const n = rows.offsets.length - 1;
  const outStrength = new Float64Array(n);
  for (let v = 0; v < n; v++) outStrength[v] = rows.offsets[v + 1]! - rows.offsets[v]!;
  return { inRows: rows, weights: null, outStrength };
}

/** Strongly connected components in Tarjan's emission order, members contiguous. */
export interface Components {
  /** nodes, component after component */
  order: Int32Array;
  /** component c = order[starts[c] .. starts[c+1]) */
  starts: Int32Array;
}

/**
 * Tarjan's strongly connected components of the graph whose row v lists v's successors,
 * iterative (no recursion depth limit). A component is emitted after every component it reaches:
 * on in-rows, after every component with an edge into it.
 */
export function stronglyConnected(rows: Rows): Components {
  const { offsets, targets } = rows;
  const n = offsets.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const calls = new Int32Array(n);
  const next = new Int32Array(n);
  const order = new Int32Array(n);
  const starts: number[] = [];
  let counter = 0;
  let sp = 0;
  let emitted = 0;
  const enter = (v: number): void => {
    index[v] = low[v] = counter++;
    stack[sp++] = v;
    onStack[v] = 1;
    next[v] = offsets[v]!;
  };
  for (let root = 0; root < n; root++) {
    if (index[root]! >= 0) continue;
    let depth = 0;
    enter(root);
    calls[depth++] = root;
    while (depth > 0) {
      const v = calls[depth - 1]!;
      const e = next[v]!;
      if (e < offsets[v + 1]!) {
        next[v] = e + 1;
        const w = targets[e]!;
        if (index[w]! < 0) {
          enter(w);
          calls[depth++] = w;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) low[v] = index[w]!;
        continue;
      }
      depth--;
      if (depth > 0) {
        const u = calls[depth - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
      if (low[v] !== index[v]) continue;
      starts.push(emitted);
      let w: number;
      do {
        w = stack[--sp]!;
        onStack[w] = 0;
        order[emitted++] = w;
      } while (w !== v);
    }
  }
  starts.push(emitted);
  return { order, starts: Int32Array.from(starts) };
}

/** Σ over v's in-row of weight/out-strength × y, via share[u] = y_u / out_u (0 when dangling). */
function inflow(graph: PagerankGraph, share: Float64Array, v: number): number {
  const { offsets, targets } = graph.inRows;
  const w = graph.weights;
  let s = 0;
  if (w === null) for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) s += share[targets[k]!]!;
  else for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) s += share[targets[k]!]! * w[k]!;
  return s;
}

function hasSelfLoop(rows: Rows, v: number): boolean {
  for (let k = rows.offsets[v]!, end = rows.offsets[v + 1]!; k < end; k++) if (rows.targets[k] === v) return true;
  return false;
}

interface Solver {
  graph: PagerankGraph;
  alpha: number;
  y: Float64Array;
  share: Float64Array;
  /** position of a node inside the component being solved directly, −1 elsewhere */
  local: Int32Array;
}

function setValue(s: Solver, v: number, value: number): void {
  s.y[v] = value;
  const out = s.graph.outStrength[v]!;
  s.share[v] = out > 0 ? value / out : 0;
}

/** Σ|r_v| over the members: the residual of (1) with the values as they are. */
function residualOf(s: Solver, members: Int32Array): number {
  let r = 0;
  for (let m = 0; m < members.length; m++) {
    const v = members[m]!;
    r += Math.abs(1 + s.alpha * inflow(s.graph, s.share, v) - s.y[v]!);
  }
  return r;
}

/** Components up to this size are solved by Gaussian elimination instead of sweeps. */
export const DIRECT_SOLVE_SIZE = 24;

/**
 * (1) on a small component as a dense system (I − α·C)·y = b, b = 1 + inflow from outside, by
 * Gaussian elimination: I − α·C is diagonally dominant by columns (each column of α·C sums to at
 * most α < 1), so no pivoting is needed. Returns the residual left by rounding.
 */
function solveDirect(s: Solver, members: Int32Array): number {
  const k = members.length;
  const { offsets, targets } = s.graph.inRows;
  const w = s.graph.weights;
  const a = new Float64Array(k * k);
  const b = new Float64Array(k);
  for (let i = 0; i < k; i++) s.local[members[i]!] = i;
  for (let i = 0; i < k; i++) {
    const v = members[i]!;
    a[i * k + i] = 1;
    let outside = 0;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const u = targets[e]!;
      const strength = s.graph.outStrength[u]!;
      const c = strength > 0 ? (w === null ? 1 : w[e]!) / strength : 0;
      const j = s.local[u]!;
      if (j >= 0) a[i * k + j]! -= s.alpha * c;
      else outside += c * s.y[u]!;
    }
    b[i] = 1 + s.alpha * outside;
  }
  for (let p = 0; p < k; p++) {
    for (let i = p + 1; i < k; i++) {
      const f = a[i * k + p]! / a[p * k + p]!;
      if (f === 0) continue;
      for (let j = p; j < k; j++) a[i * k + j]! -= f * a[p * k + j]!;
      b[i]! -= f * b[p]!;
    }
  }
  for (let i = k - 1; i >= 0; i--) {
    let x = b[i]!;
    for (let j = i + 1; j < k; j++) x -= a[i * k + j]! * s.y[members[j]!]!;
    setValue(s, members[i]!, x / a[i * k + i]!);
  }
  for (let i = 0; i < k; i++) s.local[members[i]!] = -1;
  return residualOf(s, members);
}

/** Gauss–Seidel on one component until its stopping rule holds; returns [sweeps, residual bound]. */
function sweepComponent(s: Solver, members: Int32Array, budget: number, maxSweeps: number): [number, number] {
  const { y, share, alpha, graph } = s;
  const out = graph.outStrength;
  let change = Infinity;
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    sweeps++;
    change = 0;
    let mass = 0;
    for (let m = 0; m < members.length; m++) {
      const v = members[m]!;
      const value = 1 + alpha * inflow(graph, share, v);
      change += Math.abs(value - y[v]!);
      mass += value;
      y[v] = value;
      share[v] = out[v]! > 0 ? value / out[v]! : 0;
    }
    if (alpha * change <= budget || change <= 8 * Number.EPSILON * mass) break;
  }
  return [sweeps, alpha * change];
}

/** PageRank of `graph` to convergence (see the file header for the method and the bound). */
export function pagerank(graph: PagerankGraph, options: PagerankOptions = {}): PagerankResult {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const tolerance = options.tolerance ?? DEFAULT_PAGERANK_TOLERANCE;
  const maxSweeps = options.maxSweeps ?? DEFAULT_MAX_SWEEPS;
  const n = graph.outStrength.length;
  if (n === 0) return { scores: new Float64Array(0), errorBound: 0, sweeps: 0, cyclicComponents: 0 };
  const solver: Solver = {
    graph,
    alpha,
    y: new Float64Array(n),
    share: new Float64Array(n),
    local: new Int32Array(n).fill(-1),
  };
  const { order, starts } = stronglyConnected(graph.inRows);
  let residual = 0;
  let sweeps = 0;
  let cyclicComponents = 0;
  for (let c = 0; c + 1 < starts.length; c++) {
    const start = starts[c]!;
    const size = starts[c + 1]! - start;
    const v = order[start]!;
    if (size === 1 && !hasSelfLoop(graph.inRows, v)) {
      // the common case, exact: every predecessor is final
      setValue(solver, v, 1 + alpha * inflow(graph, solver.share, v));
      continue;
    }
    cyclicComponents++;
    const members = order.subarray(start, start + size);
    if (size <= DIRECT_SOLVE_SIZE) {
      residual += solveDirect(solver, members);
      continue;
    }
    const budget = ((1 - alpha) * tolerance * size) / 2;
    const [taken, bound] = sweepComponent(solver, members, budget, maxSweeps);
    sweeps = Math.max(sweeps, taken);
    residual += bound;
  }
  let total = 0;
  for (let v = 0; v < n; v++) total += solver.y[v]!;
  const scores = solver.y;
  for (let v = 0; v < n; v++) scores[v]! /= total;
  return { scores, errorBound: (2 * residual) / ((1 - alpha) * total), sweeps, cyclicComponents };
}
