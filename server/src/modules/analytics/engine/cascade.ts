import { AppError } from '../../../common/app-error.js';
import type { AmplificationMode } from '../../../domain/network.types.js';
import type { InitiativeNode, NetworkProjection } from './projection.js';

/**
 * Cascades on the amplification graph A (DOMAIN.md, API-CONTRACT `Cascade`). Pure functions over a
 * `NetworkProjection`: build the index once with `buildAmplificationIndex`, then ask for as many
 * cascades as needed. Adjacency is kept in compressed (CSR) typed arrays with the mode of every
 * edge, so a mode filter costs one bit test per edge and a BFS allocates nothing of size N.
 */

export class UnknownInitiativeError extends AppError {
  constructor(readonly initiativeId: string) {
    super('NOT_FOUND', `initiative '${initiativeId}' does not exist`);
    this.name = 'UnknownInitiativeError';
  }
}

const MODE_BITS: Record<AmplificationMode, number> = { DEEPENING: 1, BROADENING: 2, SPREADING: 4 };
const ALL_MODES = 7;

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

/**
 * Adjacency of A by mode. Edges whose ends are not known initiatives and self-loops are ignored
 * (validation rejects both on import); parallel edges of different modes are kept, one per mode.
 */
export function buildAmplificationIndex(projection: NetworkProjection): AmplificationIndex {
  const initiatives = projection.initiatives;
  const n = initiatives.length;
  const ids = initiatives.map((i) => i.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));

  const from: number[] = [];
  const to: number[] = [];
  const modes: number[] = [];
  const on: (string | null)[] = [];
  for (const edge of projection.amplifications) {
    const f = indexOf.get(edge.from);
    const t = indexOf.get(edge.to);
    if (f === undefined || t === undefined || f === t) continue;
    from.push(f);
    to.push(t);
    modes.push(MODE_BITS[edge.mode]);
    on.push(edge.on ?? null);
  }
  const out = toCsr(n, from, to, modes, on);
  const inn = toCsr(n, to, from, modes, on);
  return {
    ids,
    indexOf,
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

function toCsr(n: number, src: number[], dst: number[], modes: number[], on: (string | null)[]) {
  const start = new Int32Array(n + 1);
  for (const s of src) start[s + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const target = new Int32Array(src.length);
  const mode = new Uint8Array(src.length);
  const dates: (string | null)[] = new Array<string | null>(src.length).fill(null);
  for (let e = 0; e < src.length; e++) {
    const s = src[e]!;
    const pos = fill[s]!;
    fill[s] = pos + 1;
    target[pos] = dst[e]!;
    mode[pos] = modes[e]!;
    dates[pos] = on[e]!;
  }
  return { start, target, mode, on: dates };
}

export interface NameCount {
  name: string;
  count: number;
}

export interface ModeCounts {
  deepening: number;
  broadening: number;
  spreading: number;
}

export interface AdoptionPoint {
  /** YYYY-MM */
  month: string;
  joined: number;
  cumulative: number;
}

export interface CascadeResult {
  rootId: string;
  size: number;
  depth: number;
  maxBreadth: number;
  generations: number[];
  structuralVirality: number;
  regionsReached: number;
  /** count desc, name asc */
  regions: NameCount[];
  /** count desc, name asc (an initiative counts once for each theme it addresses) */
  themes: NameCount[];
  /** Shannon entropy (bits) of the distribution of cascade initiatives over regions (initiatives without a region left out) */
  regionEntropy: number;
  /** Shannon entropy (bits) of the distribution of (initiative, theme) pairs over themes */
  themeEntropy: number;
  byMode: ModeCounts;
  /**
   * timeToGeneration[d] = days from the root's startedOn to the earliest date among generation d,
   * where an initiative's date is its startedOn, or, when it has none, the earliest date of an
   * amplification edge (of the chosen modes) into it from a cascade initiative one generation
   * closer to the root. null when the root has no startedOn or no initiative of generation d has
   * a date. May be negative when the data says a follower started before its root.
   */
  timeToGeneration: (number | null)[];
  /** initiatives by startedOn month, every month from the first to the last (gaps with joined 0); undated initiatives left out */
  adoptionCurve: AdoptionPoint[];
  /** by generation, then id */
  nodes: { id: string; generation: number; name: string; region: string | null; startedOn: string | null }[];
  /** edges of the chosen modes with both ends in the cascade, by from, to, mode */
  edges: { from: string; to: string; mode: AmplificationMode; on: string | null }[];
}

const MODE_NAMES: AmplificationMode[] = [];
MODE_NAMES[1] = 'DEEPENING';
MODE_NAMES[2] = 'BROADENING';
MODE_NAMES[4] = 'SPREADING';

/** BFS from root along out-edges in the mask; returns nodes in BFS order (scratch holds generations; caller must reset). */
function bfs(index: AmplificationIndex, root: number, mask: number): number[] {
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

function resetScratch(index: AmplificationIndex, order: readonly number[]): void {
  for (const u of order) index.scratch[u] = -1;
}

interface CoreMeasures {
  order: number[];
  generations: number[];
  depth: number;
  maxBreadth: number;
  structuralVirality: number;
  regionsReached: number;
  byMode: ModeCounts;
}

/** measures shared by computeCascade and listCascades; scratch must hold the BFS generations of `order` */
function coreMeasures(index: AmplificationIndex, order: number[], mask: number): CoreMeasures {
  const { scratch, outStart, outTarget, outMode, initiatives } = index;
  const generations: number[] = [];
  for (const u of order) {
    const g = scratch[u]!;
    generations[g] = (generations[g] ?? 0) + 1;
  }
  const depth = generations.length - 1;
  const maxBreadth = Math.max(...generations);
  const byMode: ModeCounts = { deepening: 0, broadening: 0, spreading: 0 };
  const regions = new Set<string>();
  for (const u of order) {
    const region = initiatives[u]!.region;
    if (region) regions.add(region);
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      const m = outMode[e]!;
      if ((m & mask) === 0 || scratch[outTarget[e]!] === -1) continue;
      if (m === 1) byMode.deepening += 1;
      else if (m === 2) byMode.broadening += 1;
      else byMode.spreading += 1;
    }
  }
  return {
    order,
    generations,
    depth,
    maxBreadth,
    structuralVirality: structuralVirality(index, order, mask),
    regionsReached: regions.size,
    byMode,
  };
}

/**
 * Mean shortest-path distance over all unordered pairs of `order`, in the undirected graph induced
 * on them by A's edges in the mask (every such edge, not only the BFS tree). The induced graph is
 * connected (it contains the BFS tree). When it is a tree (n-1 distinct undirected pairs), the sum
 * of distances is Σ over edges of s·(n−s) (s = nodes on one side), O(n); otherwise one BFS per
 * node, O(n·m).
 */
function structuralVirality(index: AmplificationIndex, order: number[], mask: number): number {
  const n = order.length;
  if (n <= 1) return 0;
  const { scratch, outStart, outTarget, outMode, inStart, inTarget, inMode } = index;
  // local ids: position in BFS order; scratch holds generations, so use a local map
  const local = new Map<number, number>();
  order.forEach((u, i) => local.set(u, i));
  const neighbours: number[][] = order.map(() => []);
  const seenPair = new Set<number>();
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const u = order[i]!;
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      if ((outMode[e]! & mask) === 0 || scratch[outTarget[e]!] === -1) continue;
      addPair(i, local.get(outTarget[e]!)!);
    }
    for (let e = inStart[u]!; e < inStart[u + 1]!; e++) {
      if ((inMode[e]! & mask) === 0 || scratch[inTarget[e]!] === -1) continue;
      addPair(i, local.get(inTarget[e]!)!);
    }
  }
  function addPair(a: number, b: number): void {
    const key = a < b ? a * n + b : b * n + a;
    if (seenPair.has(key)) return;
    seenPair.add(key);
    pairs += 1;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }

  let total = 0;
  if (pairs === n - 1) {
    // tree: root it at 0 (BFS order is a valid order: parents come before children)
    const parent = new Int32Array(n).fill(-1);
    const visitOrder: number[] = [0];
    const seen = new Uint8Array(n);
    seen[0] = 1;
    for (let head = 0; head < visitOrder.length; head++) {
      const u = visitOrder[head]!;
      for (const v of neighbours[u]!) {
        if (seen[v]) continue;
        seen[v] = 1;
        parent[v] = u;
        visitOrder.push(v);
      }
    }
    const subtree = new Float64Array(n).fill(1);
    for (let k = n - 1; k > 0; k--) {
      const v = visitOrder[k]!;
      const s = subtree[v]!;
      total += s * (n - s);
      subtree[parent[v]!]! += s;
    }
  } else {
    const dist = new Int32Array(n);
    const queue = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      dist.fill(-1);
      dist[s] = 0;
      queue[0] = s;
      let tail = 1;
      for (let head = 0; head < tail; head++) {
        const u = queue[head]!;
        const d = dist[u]! + 1;
        for (const v of neighbours[u]!) {
          if (dist[v] !== -1) continue;
          dist[v] = d;
          if (v > s) total += d;
          queue[tail++] = v;
        }
      }
    }
  }
  return total / ((n * (n - 1)) / 2);
}

/** Counts as name/count pairs, most first, ties by name. */
export function countsOf(map: Map<string, number>): NameCount[] {
  return [...map]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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

const DAY_MS = 86_400_000;
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

function monthAfter(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12
    ? `${String(year + 1).padStart(4, '0')}-01`
    : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** The cascade of `rootId` along A's edges of the chosen modes (omitted or empty = all). */
export function computeCascade(
  index: AmplificationIndex,
  rootId: string,
  modes?: readonly AmplificationMode[] | null,
): CascadeResult {
  const root = index.indexOf.get(rootId);
  if (root === undefined) throw new UnknownInitiativeError(rootId);
  const mask = modeMask(modes);
  const order = bfs(index, root, mask);
  try {
    const core = coreMeasures(index, order, mask);
    const { scratch, initiatives, ids, outStart, outTarget, outMode, outOn, inStart, inTarget, inMode, inOn } = index;

    const regions = new Map<string, number>();
    const themes = new Map<string, number>();
    for (const u of order) {
      const node = initiatives[u]!;
      if (node.region) regions.set(node.region, (regions.get(node.region) ?? 0) + 1);
      for (const theme of new Set(node.themes)) themes.set(theme, (themes.get(theme) ?? 0) + 1);
    }

    // time to generation
    const rootStart = initiatives[root]!.startedOn;
    const earliest: (number | null)[] = core.generations.map(() => null);
    for (const u of order) {
      const g = scratch[u]!;
      let day: number | null = null;
      const started = initiatives[u]!.startedOn;
      if (started) day = dayNumber(started);
      else if (g > 0) {
        for (let e = inStart[u]!; e < inStart[u + 1]!; e++) {
          const date = inOn[e];
          if ((inMode[e]! & mask) === 0 || !date || scratch[inTarget[e]!] !== g - 1) continue;
          const d = dayNumber(date);
          if (day === null || d < day) day = d;
        }
      }
      if (day !== null && Number.isFinite(day)) {
        const current = earliest[g];
        if (current === null || current === undefined || day < current) earliest[g] = day;
      }
    }
    const rootDay = rootStart ? dayNumber(rootStart) : null;
    const timeToGeneration = earliest.map((day) =>
      rootDay === null || day === null || !Number.isFinite(rootDay) ? null : day - rootDay,
    );

    // adoption curve
    const byMonth = new Map<string, number>();
    for (const u of order) {
      const started = initiatives[u]!.startedOn;
      if (!started) continue;
      const month = started.slice(0, 7);
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    const adoptionCurve: AdoptionPoint[] = [];
    const months = [...byMonth.keys()].sort();
    if (months.length > 0) {
      let cumulative = 0;
      const last = months[months.length - 1]!;
      for (let month = months[0]!; ; month = monthAfter(month)) {
        const joined = byMonth.get(month) ?? 0;
        cumulative += joined;
        adoptionCurve.push({ month, joined, cumulative });
        if (month >= last) break;
      }
    }

    const nodes = order
      .map((u) => {
        const node = initiatives[u]!;
        return {
          id: ids[u]!,
          generation: scratch[u]!,
          name: node.name,
          region: node.region,
          startedOn: node.startedOn,
        };
      })
      .sort((a, b) => a.generation - b.generation || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const edges: CascadeResult['edges'] = [];
    for (const u of order) {
      for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
        if ((outMode[e]! & mask) === 0 || scratch[outTarget[e]!] === -1) continue;
        edges.push({ from: ids[u]!, to: ids[outTarget[e]!]!, mode: MODE_NAMES[outMode[e]!]!, on: outOn[e] ?? null });
      }
    }
    edges.sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.mode, b.mode));

    return {
      rootId,
      size: order.length,
      depth: core.depth,
      maxBreadth: core.maxBreadth,
      generations: core.generations,
      structuralVirality: core.structuralVirality,
      regionsReached: core.regionsReached,
      regions: countsOf(regions),
      themes: countsOf(themes),
      regionEntropy: shannonEntropy([...regions.values()]),
      themeEntropy: shannonEntropy([...themes.values()]),
      byMode: core.byMode,
      timeToGeneration,
      adoptionCurve,
      nodes,
      edges,
    };
  } finally {
    resetScratch(index, order);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type CascadeSortBy = 'SIZE' | 'DEPTH' | 'STRUCTURAL_VIRALITY' | 'REGIONS_REACHED';

export interface ListCascadesOptions {
  modes?: readonly AmplificationMode[] | null;
  /** root's region */
  region?: string | null;
  /** a theme the root addresses */
  theme?: string | null;
  /** root's startedOn >= from (YYYY-MM-DD); roots without startedOn are left out when from/to is given */
  from?: string | null;
  /** root's startedOn <= to */
  to?: string | null;
  sortBy: CascadeSortBy;
  first: number;
  /** smallest cascade size listed; default 2 (only roots that amplified at least once) */
  minSize?: number | null;
}

export interface CascadeSummary {
  rootId: string;
  size: number;
  depth: number;
  maxBreadth: number;
  structuralVirality: number;
  regionsReached: number;
  byMode: ModeCounts;
  /** '1', '2–4', '5–9', '10–19', '20–49', '50–99', '100+': compare cascades within one bin (Juul & Ugander 2021) */
  sizeBin: string;
}

export const SIZE_BINS = ['1', '2–4', '5–9', '10–19', '20–49', '50–99', '100+'] as const;
export function sizeBin(size: number): string {
  if (size >= 100) return '100+';
  if (size >= 50) return '50–99';
  if (size >= 20) return '20–49';
  if (size >= 10) return '10–19';
  if (size >= 5) return '5–9';
  if (size >= 2) return '2–4';
  return '1';
}

/**
 * Cascades of all roots: initiatives with no incoming amplification of the chosen modes, filtered
 * by the root's region / theme / startedOn range and by size >= minSize (default 2, i.e. roots
 * with at least one outgoing edge of the chosen modes). Sorted descending by `sortBy`, ties by
 * root id ascending; the first `first`.
 */
export function listCascades(
  index: AmplificationIndex,
  /** unused: the index carries the initiatives it was built from (kept for a stable signature) */
  _projection: NetworkProjection,
  options: ListCascadesOptions,
): CascadeSummary[] {
  const mask = modeMask(options.modes);
  const minSize = options.minSize ?? 2;
  const { initiatives, ids, inStart, inMode, outStart, outMode } = index;
  const results: CascadeSummary[] = [];
  for (let r = 0; r < ids.length; r++) {
    let hasIn = false;
    for (let e = inStart[r]!; e < inStart[r + 1]! && !hasIn; e++) hasIn = (inMode[e]! & mask) !== 0;
    if (hasIn) continue;
    let hasOut = false;
    for (let e = outStart[r]!; e < outStart[r + 1]! && !hasOut; e++) hasOut = (outMode[e]! & mask) !== 0;
    if (!hasOut && minSize > 1) continue;
    const node = initiatives[r]!;
    if (options.region != null && node.region !== options.region) continue;
    if (options.theme != null && !node.themes.includes(options.theme)) continue;
    if (options.from != null || options.to != null) {
      if (!node.startedOn) continue;
      if (options.from != null && node.startedOn < options.from) continue;
      if (options.to != null && node.startedOn > options.to) continue;
    }
    const order = bfs(index, r, mask);
    try {
      if (order.length < minSize) continue;
      const core = coreMeasures(index, order, mask);
      results.push({
        rootId: ids[r]!,
        size: order.length,
        depth: core.depth,
        maxBreadth: core.maxBreadth,
        structuralVirality: core.structuralVirality,
        regionsReached: core.regionsReached,
        byMode: core.byMode,
        sizeBin: sizeBin(order.length),
      });
    } finally {
      resetScratch(index, order);
    }
  }
  const key = (c: CascadeSummary): number => {
    switch (options.sortBy) {
      case 'SIZE':
        return c.size;
      case 'DEPTH':
        return c.depth;
      case 'STRUCTURAL_VIRALITY':
        return c.structuralVirality;
      case 'REGIONS_REACHED':
        return c.regionsReached;
    }
  };
  results.sort((a, b) => key(b) - key(a) || cmp(a.rootId, b.rootId));
  return results.slice(0, Math.max(0, options.first));
}
