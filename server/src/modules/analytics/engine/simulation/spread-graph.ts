import type { AmplificationMode } from '../../../../domain/network.types.js';
import { modeMask } from '../cascade-index.js';
import { buildRows, indexOf } from '../core/csr.js';
import { UnknownInitiativeError } from '../core/errors.js';
import { tieAdjacency } from '../graphs.js';
import type { NetworkProjection } from '../projection.js';

/**
 * The graph a spread runs on, as compressed rows of directed edges with a transmission
 * probability each:
 *  - TIE: the initiative tie graph T (undirected: each tie both ways);
 *  - AMPLIFICATION: A's edges of the chosen modes, from the source win to its follower
 *    (parallel edges of different modes merged into one, p = 1 − Π(1 − p_mode)).
 * Added ties ("what if these two were introduced") join both ways, on either graph.
 *
 * Probabilities: one given by the user for every edge, or estimated per mode from the observed
 * amplifications: p_mode = (distinct initiative pairs with an amplification of that mode) / (ties
 * of T), the share of T's ties along which a win of that mode actually travelled. A tie of T then
 * transmits with 1 − Π over the chosen modes of (1 − p_mode); an edge of A with its own mode's.
 */

export type SpreadGraphKind = 'TIE' | 'AMPLIFICATION';

/** bit of an added tie in an edge's mode set (modes use 1, 2, 4) */
const ADDED = 8;

export interface SpreadGraph {
  n: number;
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  /** out-edges of u: start[u] .. start[u+1] in target/prob */
  start: Int32Array;
  target: Int32Array;
  prob: Float64Array;
  /** distinct in-neighbours of every node (the linear threshold's weights are 1/inDegree) */
  inDegree: Int32Array;
  /** region number per initiative, −1 = none */
  region: Int32Array;
  regions: string[];
}

export interface EstimatedProbabilities {
  /** per mode: distinct pairs with an amplification of that mode / ties of T */
  byMode: Record<AmplificationMode, number>;
  /** pairs per mode and T's ties, the counts behind byMode */
  pairs: Record<AmplificationMode, number>;
  ties: number;
}

interface BaseEdges {
  n: number;
  from: Int32Array;
  to: Int32Array;
  /** mode set of every edge (0 = a tie of T) */
  modes: Uint8Array;
}

const MODES: AmplificationMode[] = ['DEEPENING', 'BROADENING', 'SPREADING'];
const BIT: Record<AmplificationMode, number> = { DEEPENING: 1, BROADENING: 2, SPREADING: 4 };

/** Per-projection memo (a worker thread keeps one decoded projection per data version). */
const tieEdgesMemo = new WeakMap<NetworkProjection, BaseEdges>();
const estimateMemo = new WeakMap<NetworkProjection, EstimatedProbabilities>();

function tieEdges(projection: NetworkProjection): BaseEdges {
  let found = tieEdgesMemo.get(projection);
  if (!found) {
    const csr = tieAdjacency(projection);
    const n = csr.ids.length;
    const m = csr.targets.length;
    const from = new Int32Array(m);
    for (let u = 0; u < n; u++) from.fill(u, csr.offsets[u], csr.offsets[u + 1]);
    found = { n, from, to: csr.targets, modes: new Uint8Array(m) };
    tieEdgesMemo.set(projection, found);
  }
  return found;
}

function amplificationEdges(projection: NetworkProjection, mask: number, index: Map<string, number>): BaseEdges {
  const from: number[] = [];
  const to: number[] = [];
  const modes: number[] = [];
  for (const e of projection.amplifications) {
    const u = index.get(e.from);
    const v = index.get(e.to);
    if (u === undefined || v === undefined || u === v || (BIT[e.mode] & mask) === 0) continue;
    from.push(u);
    to.push(v);
    modes.push(BIT[e.mode]);
  }
  return { n: index.size, from: Int32Array.from(from), to: Int32Array.from(to), modes: Uint8Array.from(modes) };
}

/** p_mode = distinct pairs with an amplification of the mode / ties of T (see the file header). */
export function estimateProbabilities(projection: NetworkProjection): EstimatedProbabilities {
  let found = estimateMemo.get(projection);
  if (found) return found;
  const index = indexOf(projection.initiatives.map((i) => i.id));
  const n = index.size;
  const seen = new Map<AmplificationMode, Set<number>>(MODES.map((m) => [m, new Set<number>()]));
  for (const e of projection.amplifications) {
    const u = index.get(e.from);
    const v = index.get(e.to);
    if (u === undefined || v === undefined || u === v) continue;
    seen.get(e.mode)!.add(u < v ? u * n + v : v * n + u);
  }
  const ties = tieEdges(projection).from.length / 2;
  const pairs = Object.fromEntries(MODES.map((m) => [m, seen.get(m)!.size])) as Record<AmplificationMode, number>;
  const byMode = Object.fromEntries(MODES.map((m) => [m, ties === 0 ? 0 : pairs[m] / ties])) as Record<
    AmplificationMode,
    number
  >;
  found = { byMode, pairs, ties };
  estimateMemo.set(projection, found);
  return found;
}

export interface SpreadGraphOptions {
  graph: SpreadGraphKind;
  /** A's modes (and, when estimating, the modes a tie of T stands for); omitted or empty = all */
  modes?: readonly AmplificationMode[] | null;
  /** one probability for every edge; omitted = estimated per mode */
  probability?: number | null;
  /** ties to add, by initiative id */
  addTies?: readonly (readonly [string, string])[];
}

/** The probability of an edge with a given mode set (see the file header). */
function probabilityOf(modes: number, options: SpreadGraphOptions, estimate: () => EstimatedProbabilities): number {
  if (options.probability !== undefined && options.probability !== null) return options.probability;
  const byMode = estimate().byMode;
  const mask = modes === 0 || modes === ADDED ? modeMask(options.modes) : modes;
  let miss = 1;
  for (const m of MODES) if ((BIT[m] & mask) !== 0) miss *= 1 - byMode[m];
  return 1 - miss;
}

/** Index of each initiative's region. */
function regionsOf(projection: NetworkProjection): { region: Int32Array; regions: string[] } {
  const regions: string[] = [];
  const number = new Map<string, number>();
  const region = new Int32Array(projection.initiatives.length).fill(-1);
  projection.initiatives.forEach((i, k) => {
    if (!i.region) return;
    let r = number.get(i.region);
    if (r === undefined) number.set(i.region, (r = regions.push(i.region) - 1));
    region[k] = r;
  });
  return { region, regions };
}

/** The ids of added ties as index pairs; an unknown id is NOT_FOUND. */
export function tieIndexes(
  index: ReadonlyMap<string, number>,
  ties: readonly (readonly [string, string])[],
): [number, number][] {
  return ties.map(([a, b]) => {
    const u = index.get(a);
    const v = index.get(b);
    if (u === undefined) throw new UnknownInitiativeError(a);
    if (v === undefined) throw new UnknownInitiativeError(b);
    return [u, v];
  });
}

/** Builds the graph a spread runs on (see the file header). */
export function buildSpreadGraph(projection: NetworkProjection, options: SpreadGraphOptions): SpreadGraph {
  const ids = projection.initiatives.map((i) => i.id);
  const index = indexOf(ids);
  const base =
    options.graph === 'TIE' ? tieEdges(projection) : amplificationEdges(projection, modeMask(options.modes), index);
  const extra = tieIndexes(index, options.addTies ?? []).filter(([u, v]) => u !== v);
  const m = base.from.length + 2 * extra.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const modes = new Uint8Array(m);
  from.set(base.from);
  to.set(base.to);
  modes.set(base.modes);
  extra.forEach(([u, v], k) => {
    const at = base.from.length + 2 * k;
    from[at] = u;
    to[at] = v;
    from[at + 1] = v;
    to[at + 1] = u;
    modes[at] = modes[at + 1] = ADDED;
  });
  return {
    ...mergeRows(ids.length, from, to, modes, options, () => estimateProbabilities(projection)),
    ids,
    indexOf: index,
    ...regionsOf(projection),
  };
}

/** Rows sorted by target with parallel edges merged: p = 1 − Π(1 − p_e); in-degrees counted. */
function mergeRows(
  n: number,
  from: Int32Array,
  to: Int32Array,
  modes: Uint8Array,
  options: SpreadGraphOptions,
  estimate: () => EstimatedProbabilities,
) {
  const rows = buildRows(n, from, to);
  const pair = rows.pair!;
  const cache = new Map<number, number>();
  const p = (bits: number) => {
    let found = cache.get(bits);
    if (found === undefined) cache.set(bits, (found = probabilityOf(bits, options, estimate)));
    return found;
  };
  const start = new Int32Array(n + 1);
  const target = new Int32Array(rows.targets.length);
  const prob = new Float64Array(rows.targets.length);
  const inDegree = new Int32Array(n);
  let out = 0;
  for (let u = 0; u < n; u++) {
    start[u] = out;
    const lo = rows.offsets[u]!;
    const hi = rows.offsets[u + 1]!;
    const order = Array.from({ length: hi - lo }, (_, k) => lo + k);
    let sorted = true;
    for (let k = lo + 1; k < hi && sorted; k++) sorted = rows.targets[k - 1]! <= rows.targets[k]!;
    if (!sorted) order.sort((a, b) => rows.targets[a]! - rows.targets[b]!);
    for (const pos of order) {
      const v = rows.targets[pos]!;
      const q = p(modes[pair[pos]!]!);
      if (out > start[u]! && target[out - 1] === v) {
        prob[out - 1] = 1 - (1 - prob[out - 1]!) * (1 - q);
        continue;
      }
      target[out] = v;
      prob[out] = q;
      inDegree[v]! += 1;
      out += 1;
    }
  }
  start[n] = out;
  return { n, start, target: target.slice(0, out), prob: prob.slice(0, out), inDegree };
}
