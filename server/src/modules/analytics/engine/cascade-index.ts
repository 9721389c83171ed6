import type { AmplificationMode } from '../../../domain/network.types.js';
import { buildRows, indexOf } from './core/csr.js';
import type { InitiativeNode, NetworkProjection } from './projection.js';

/**
 * The amplification graph A as compressed rows (core/csr.ts) with the mode of every edge, so a
 * mode filter costs one bit test per edge and a BFS allocates nothing of size N. Built once per
 * data version, then asked for as many cascades as needed (cascade.ts).
 */

const MODE_BITS: Record<AmplificationMode, number> = { DEEPENING: 1, BROADENING: 2, SPREADING: 4 };
const ALL_MODES = 7;

/** mode by bit */
export const MODE_NAMES: AmplificationMode[] = [];
MODE_NAMES[1] = 'DEEPENING';
MODE_NAMES[2] = 'BROADENING';
MODE_NAMES[4] = 'SPREADING';

/** bit mask of the chosen modes; omitted or empty = all modes (contract) */
export function modeMask(modes?: readonly AmplificationMode[] | null): number {
  if (!modes || modes.length === 0) return ALL_MODES;
  let mask = 0;
  for (const mode of modes) mask |= MODE_BITS[mode];
  return mask;
}

export interface AmplificationIndex {
  /** initiative ids, by internal index */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly initiatives: readonly InitiativeNode[];
  /** out-edges of node i: positions outStart[i] .. outStart[i+1]-1 in outTarget/outMode/outOn */
  readonly outStart: Int32Array;
  readonly outTarget: Int32Array;
  readonly outMode: Uint8Array;
  readonly outOn: readonly (string | null)[];
  /** in-edges, same layout (inTarget = the source of the edge) */
  readonly inStart: Int32Array;
  readonly inTarget: Int32Array;
  readonly inMode: Uint8Array;
  readonly inOn: readonly (string | null)[];
  /** scratch: generation per node during one query, -1 = not reached (reset after each query) */
  readonly scratch: Int32Array;
}

/** One direction of A: rows of targets, with each edge's mode bit and date. */
function directedRows(n: number, src: number[], dst: number[], modes: number[], on: (string | null)[]) {
  const rows = buildRows(n, src, dst);
  const pair = rows.pair!;
  const mode = new Uint8Array(pair.length);
  const dates = new Array<string | null>(pair.length);
  for (let pos = 0; pos < pair.length; pos++) {
    mode[pos] = modes[pair[pos]!]!;
    dates[pos] = on[pair[pos]!]!;
  }
  return { start: rows.offsets, target: rows.targets, mode, on: dates };
}

/**
 * Adjacency of A by mode. Edges whose ends are not known initiatives and self-loops are ignored
 * (validation rejects both on import); parallel edges of different modes are kept, one per mode.
 */
export function buildAmplificationIndex(projection: NetworkProjection): AmplificationIndex {
  const initiatives = projection.initiatives;
  const n = initiatives.length;
  const ids = initiatives.map((i) => i.id);
  const index = indexOf(ids);
  const from: number[] = [];
  const to: number[] = [];
  const modes: number[] = [];
  const on: (string | null)[] = [];
  for (const edge of projection.amplifications) {
    const f = index.get(edge.from);
    const t = index.get(edge.to);
    if (f === undefined || t === undefined || f === t) continue;
    from.push(f);
    to.push(t);
    modes.push(MODE_BITS[edge.mode]);
    on.push(edge.on ?? null);
  }
  const out = directedRows(n, from, to, modes, on);
  const inn = directedRows(n, to, from, modes, on);
  return {
    ids,
    indexOf: index,
    initiatives,
    outStart: out.start,
    outTarget: out.target,
    outMode: out.mode,
    outOn: out.on,
    inStart: inn.start,
    inTarget: inn.target,
    inMode: inn.mode,
    inOn: inn.on,
    scratch: new Int32Array(n).fill(-1),
  };
}

/** BFS from root along out-edges in the mask; returns nodes in BFS order (scratch holds generations; caller must reset). */
export function bfs(index: AmplificationIndex, root: number, mask: number): number[] {
  const { outStart, outTarget, outMode, scratch } = index;
  const order = [root];
  scratch[root] = 0;
  for (let head = 0; head < order.length; head++) {
    const u = order[head]!;
    const g = scratch[u]! + 1;
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      if ((outMode[e]! & mask) === 0) continue;
      const v = outTarget[e]!;
      if (scratch[v] !== -1) continue;
      scratch[v] = g;
      order.push(v);
    }
  }
  return order;
}

export function resetScratch(index: AmplificationIndex, order: readonly number[]): void {
  for (const u of order) index.scratch[u] = -1;
}
