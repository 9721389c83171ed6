/**
 * Centrality rankings (pure; see docs/api-contract.graphql `actorRanking`).
 *
 *  DEGREE       number of distinct neighbours in G (T for initiatives)
 *  PAGERANK     actors: on I, weighted by influence weight, damping 0.85, dangling nodes spread
 *               their score over ALL nodes, sum 1, solved to convergence (pagerank.ts: within
 *               1e-12 in L1 of the exact PageRank, which igraph's PRPACK and networkx.pagerank
 *               with tol=1e-12 compute). Initiatives: the same on T (each undirected edge both
 *               ways, weight 1), on the cliques behind T without building it (tie-pagerank.ts).
 *  BETWEENNESS  Brandes on G (T), normalised as networkx betweenness_centrality(normalized=True)
 *               i.e. by 1/((n-1)(n-2)) over ordered source/target pairs = 2/((n-1)(n-2)) per
 *               unordered pair. Exact when n·(n+2m) ≤ `maxWork`; otherwise k pivots drawn with a
 *               fixed seed, scaled as networkx 3.6 does for `k` (sources by 1/((k-1)(n-2)),
 *               others by 1/(k(n-2))). The result says which.
 *  CLOSENESS    networkx closeness_centrality(wf_improved=True): (r-1)/Σd · (r-1)/(n-1), r = nodes
 *               reachable including itself. Exact under the same budget; otherwise pivots per
 *               component (Eppstein–Wang): pivots exact, the others from their distances to
 *               the pivots of their component.
 *
 * Ranking: rank 1 = highest score, ties broken by id ascending; scores are compared at 12
 * significant digits so that mathematically equal scores that differ in the last float bits
 * (e.g. symmetric nodes) are ties.
 */
import { indexOf, type Csr } from './core/csr.js';
import { buildTieIndex } from './core/tie-index.js';
import { DEFAULT_SEED, seededRandom } from './core/random.js';
import { actorAdjacency, incidence, tieAdjacency } from './graphs.js';
import { directedPagerankGraph, pagerank, undirectedPagerankGraph, type PagerankGraph } from './pagerank.js';
import type { NetworkProjection } from './projection.js';
import { tiePagerank } from './tie-pagerank.js';

export type CentralityMeasure = 'DEGREE' | 'PAGERANK' | 'BETWEENNESS' | 'CLOSENESS';

export interface RankedActor {
  rank: number;
  actorId: string;
  score: number;
}

export interface RankedInitiative {
  rank: number;
  initiativeId: string;
  score: number;
}

export interface Ranking<T> {
  measure: CentralityMeasure;
  items: T[];
  /** false when betweenness/closeness were estimated from pivots */
  exact: boolean;
  /** number of pivots when not exact */
  samples?: number;
}

export interface CentralityOptions {
  /**
   * Work budget (node visits + edge visits) for exact betweenness/closeness: n·(n+2m).
   * Default 2e8: ≈3 s for betweenness (measured ≈6e7 visits/s on the 10k demo: 3.4e8 in 5.6 s).
   */
  maxWork?: number;
  /** force this many pivots (≥ 1); default: as many as fit in maxWork */
  samples?: number;
  /** pivot seed; default 1984 */
  seed?: number;
}

export const DEFAULT_MAX_WORK = 2e8;
export { DEFAULT_SEED };

export interface Scores {
  ids: string[];
  scores: Float64Array;
  exact: boolean;
  samples?: number;
  /** pivot indices when sampled (for reproduction, e.g. tools/networkx/compare.py) */
  pivots?: number[];
}

// ---------------------------------------------------------------- ranking

/** Top `first` (all when undefined) of `ids` by score desc, id asc. */
export function topRanked(
  ids: readonly string[],
  scores: ArrayLike<number>,
  first?: number,
): { rank: number; id: string; score: number }[] {
  const n = ids.length;
  const limit = first === undefined ? n : Math.max(0, Math.min(n, Math.floor(first)));
  if (limit === 0) return [];
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) key[i] = Number(scores[i]!.toPrecision(12));
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => key[b]! - key[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  return order.slice(0, limit).map((i, r) => ({ rank: r + 1, id: ids[i]!, score: scores[i]! }));
}

/**
 * k distinct node indices, chosen by a seeded partial Fisher–Yates over the nodes sorted by id,
 * so the choice depends on the ids and the seed, not on input order.
 */
export function choosePivots(ids: readonly string[], k: number, seed: number): number[] {
  const order = Array.from({ length: ids.length }, (_, i) => i).sort((a, b) =>
    ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0,
  );
  const rnd = seededRandom(seed);
  const kk = Math.min(k, order.length);
  for (let i = 0; i < kk; i++) {
    const j = i + Math.floor(rnd() * (order.length - i));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order.slice(0, kk);
}

function sampleCount(csr: Csr, options: CentralityOptions): number | undefined {
  const n = csr.ids.length;
  if (options.samples !== undefined) return Math.max(1, Math.min(n, Math.floor(options.samples)));
  const perSource = n + 2 * csr.edgeCount;
  const budget = options.maxWork ?? DEFAULT_MAX_WORK;
  if (n * perSource <= budget) return undefined;
  return Math.max(2, Math.min(n, Math.floor(budget / perSource)));
}

// ---------------------------------------------------------------- measures on a CSR

export function degreeScores(csr: Csr): Float64Array {
  const n = csr.ids.length;
  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) s[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
  return s;
}

/**
 * Brandes betweenness on an unweighted undirected CSR, networkx-normalised (see file header).
 * Exact unless the work budget says otherwise or `samples` is given.
 */
export function betweennessScores(csr: Csr, options: CentralityOptions = {}): Scores {
  const n = csr.ids.length;
  const k = sampleCount(csr, options);
  const sources = k === undefined ? null : choosePivots(csr.ids, k, options.seed ?? DEFAULT_SEED);
  const bc = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  const { offsets, targets } = csr;
  const runs = sources === null ? n : sources.length;
  for (let r = 0; r < runs; r++) {
    const s = sources === null ? r : sources[r]!;
    // BFS from s, counting shortest paths
    let head = 0;
    let tail = 0;
    let top = 0;
    sigma[s] = 1;
    dist[s] = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack[top++] = v;
      const dv = dist[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (dist[w]! < 0) {
          dist[w] = dv + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w]! += sigma[v]!;
      }
    }
    // accumulate dependencies in reverse BFS order (predecessors = neighbours one closer)
    for (let x = top - 1; x >= 0; x--) {
      const w = stack[x]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const dw = dist[w]!;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = targets[e]!;
        if (dist[v] === dw - 1) delta[v]! += sigma[v]! * coeff;
      }
      if (w !== s) bc[w]! += delta[w]!;
    }
    for (let x = 0; x < top; x++) {
      const v = stack[x]!;
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
    }
  }
  // networkx 3.6 _rescale(normalized=True, directed=False, endpoints=False)
  if (n > 2) {
    const N = n - 1;
    if (sources === null) {
      const scale = 1 / (N * (N - 1));
      for (let i = 0; i < n; i++) bc[i]! *= scale;
    } else {
      const K = sources.length;
      const isSource = new Uint8Array(n);
      for (const s of sources) isSource[s] = 1;
      const scaleSource = K > 1 ? 1 / ((K - 1) * (N - 1)) : NaN;
      const scaleOther = 1 / (K * (N - 1));
      for (let i = 0; i < n; i++) bc[i]! *= isSource[i] ? scaleSource : scaleOther;
    }
  }
  return sources === null
    ? { ids: csr.ids, scores: bc, exact: true }
    : { ids: csr.ids, scores: bc, exact: false, samples: sources.length, pivots: sources };
}

/** BFS distances from s into `dist` (−1 = unreachable); returns the visit order. */
function bfs(csr: Csr, s: number, dist: Int32Array, queue: Int32Array): number {
  let head = 0;
  let tail = 0;
  dist[s] = 0;
  queue[tail++] = s;
  while (head < tail) {
    const v = queue[head++]!;
    const dv = dist[v]!;
    for (let e = csr.offsets[v]!, end = csr.offsets[v + 1]!; e < end; e++) {
      const w = csr.targets[e]!;
      if (dist[w]! < 0) {
        dist[w] = dv + 1;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

/** networkx closeness_centrality(wf_improved=True); see file header for the sampled variant. */
export function closenessScores(csr: Csr, options: CentralityOptions = {}): Scores {
  const n = csr.ids.length;
  const out = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const k = sampleCount(csr, options);
  const closeness = (reached: number, total: number): number =>
    total > 0 && n > 1 ? ((reached - 1) / total) * ((reached - 1) / (n - 1)) : 0;
  if (k === undefined) {
    for (let s = 0; s < n; s++) {
      const reached = bfs(csr, s, dist, queue);
      let total = 0;
      for (let x = 0; x < reached; x++) total += dist[queue[x]!]!;
      out[s] = closeness(reached, total);
      for (let x = 0; x < reached; x++) dist[queue[x]!] = -1;
    }
    return { ids: csr.ids, scores: out, exact: true };
  }
  // components (BFS labelling), then pivots per component in proportion to its size
  const comp = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (comp[s]! >= 0) continue;
    const reached = bfs(csr, s, dist, queue);
    const list: number[] = [];
    for (let x = 0; x < reached; x++) {
      const v = queue[x]!;
      comp[v] = members.length;
      dist[v] = -1;
      list.push(v);
    }
    members.push(list);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  const sum = new Float64Array(n);
  const pivotsSeen = new Int32Array(n);
  const allPivots: number[] = [];
  for (const list of members) {
    const c = list.length;
    if (c === 1) continue; // isolated: closeness 0
    const kc = Math.min(c, Math.max(1, Math.ceil((k * c) / n)));
    const chosen = choosePivots(
      list.map((v) => csr.ids[v]!),
      kc,
      seed,
    ).map((x) => list[x]!);
    for (const p of chosen) {
      allPivots.push(p);
      const reached = bfs(csr, p, dist, queue);
      let total = 0;
      for (let x = 0; x < reached; x++) {
        const v = queue[x]!;
        total += dist[v]!;
        if (v !== p) {
          sum[v]! += dist[v]!;
          pivotsSeen[v]!++;
        }
      }
      out[p] = closeness(reached, total);
      for (let x = 0; x < reached; x++) dist[queue[x]!] = -1;
      pivotsSeen[p] = -1 << 30; // exact already
    }
    for (const v of list) {
      if (pivotsSeen[v]! > 0) out[v] = closeness(c, (sum[v]! * (c - 1)) / pivotsSeen[v]!);
    }
  }
  return { ids: csr.ids, scores: out, exact: false, samples: allPivots.length, pivots: allPivots };
}

/** PageRank on an undirected CSR (every edge both ways, weight 1), to convergence (pagerank.ts). */
export function pagerankOnCsr(csr: Csr, alpha = 0.85): Float64Array {
  return pagerank(undirectedPagerankGraph(csr), { alpha }).scores;
}

/**
 * I for PageRank over projection.actors (in that order): weight = influence weight; self-loops and
 * influences of unknown actors left out; a repeated pair counts with its weights added.
 */
export function influencePagerankGraph(projection: NetworkProjection): PagerankGraph {
  const index = indexOf(projection.actors.map((a) => a.id));
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  for (const e of projection.influences) {
    const u = index.get(e.from);
    const v = index.get(e.to);
    if (u === undefined || v === undefined || u === v) continue;
    from.push(u);
    to.push(v);
    weight.push(e.weight);
  }
  return directedPagerankGraph(projection.actors.length, from, to, weight);
}

/** PageRank on I (contract `actorRanking`); ids in projection.actors order. */
export function actorPagerank(projection: NetworkProjection): Scores {
  const ids = projection.actors.map((a) => a.id);
  return { ids, scores: pagerank(influencePagerankGraph(projection)).scores, exact: true };
}

// ---------------------------------------------------------------- rankings

export function actorScores(
  projection: NetworkProjection,
  measure: CentralityMeasure,
  options: CentralityOptions = {},
): Scores {
  switch (measure) {
    case 'PAGERANK':
      return actorPagerank(projection);
    case 'DEGREE': {
      const g = actorAdjacency(projection);
      return { ids: g.ids, scores: degreeScores(g), exact: true };
    }
    case 'BETWEENNESS':
      return betweennessScores(actorAdjacency(projection), options);
    case 'CLOSENESS':
      return closenessScores(actorAdjacency(projection), options);
  }
}

export function initiativeScores(
  projection: NetworkProjection,
  measure: CentralityMeasure,
  options: CentralityOptions = {},
): Scores {
  if (measure === 'PAGERANK') {
    // on the cliques behind T, without building T (tie-pagerank.ts)
    const index = buildTieIndex(projection);
    return { ids: index.ids, scores: tiePagerank(index).scores, exact: true };
  }
  const t = tieAdjacency(projection);
  switch (measure) {
    case 'DEGREE':
      return { ids: t.ids, scores: degreeScores(t), exact: true };
    case 'BETWEENNESS':
      return betweennessScores(t, options);
    case 'CLOSENESS':
      return closenessScores(t, options);
  }
}

function meta(s: Scores): { exact: boolean; samples?: number } {
  return s.exact ? { exact: true } : { exact: false, samples: s.samples ?? 0 };
}

/** actorRanking of the contract; `first` undefined = all actors. */
export function rankActors(
  projection: NetworkProjection,
  measure: CentralityMeasure,
  first: number | undefined = 10,
  options: CentralityOptions = {},
): Ranking<RankedActor> {
  const s = actorScores(projection, measure, options);
  return {
    measure,
    items: topRanked(s.ids, s.scores, first).map((r) => ({ rank: r.rank, actorId: r.id, score: r.score })),
    ...meta(s),
  };
}

/** The same measures for initiatives, on T (PAGERANK: unweighted, on T). */
export function rankInitiatives(
  projection: NetworkProjection,
  measure: CentralityMeasure,
  first: number | undefined = 10,
  options: CentralityOptions = {},
): Ranking<RankedInitiative> {
  const s = initiativeScores(projection, measure, options);
  return {
    measure,
    items: topRanked(s.ids, s.scores, first).map((r) => ({ rank: r.rank, initiativeId: r.id, score: r.score })),
    ...meta(s),
  };
}

// ---------------------------------------------------------------- brokers

export interface Broker {
  rank: number;
  actorId: string;
  /** distinct non-empty regions of the actor's initiatives, sorted */
  regions: string[];
  /** distinct themes of the actor's initiatives, sorted */
  themes: string[];
  regionCount: number;
  themeCount: number;
  initiativeCount: number;
}

/**
 * Actors whose initiatives span at least `minRegions` regions or `minThemes` themes (default 2
 * each). Order: regionCount + themeCount desc, then regionCount desc, then initiativeCount desc,
 * then actor id asc. `first` undefined = all.
 */
export function brokers(
  projection: NetworkProjection,
  first: number | undefined = 10,
  options: { minRegions?: number; minThemes?: number } = {},
): Broker[] {
  const minRegions = options.minRegions ?? 2;
  const minThemes = options.minThemes ?? 2;
  const inc = incidence(projection);
  const rows: Omit<Broker, 'rank'>[] = [];
  inc.byActor.forEach((inis, a) => {
    const regions = new Set<string>();
    const themes = new Set<string>();
    for (const i of inis) {
      const ini = projection.initiatives[i]!;
      if (ini.region) regions.add(ini.region);
      for (const t of ini.themes) themes.add(t);
    }
    if (regions.size < minRegions && themes.size < minThemes) return;
    rows.push({
      actorId: inc.actorIds[a]!,
      regions: [...regions].sort(),
      themes: [...themes].sort(),
      regionCount: regions.size,
      themeCount: themes.size,
      initiativeCount: inis.length,
    });
  });
  rows.sort(
    (x, y) =>
      y.regionCount + y.themeCount - (x.regionCount + x.themeCount) ||
      y.regionCount - x.regionCount ||
      y.initiativeCount - x.initiativeCount ||
      (x.actorId < y.actorId ? -1 : x.actorId > y.actorId ? 1 : 0),
  );
  const limit = first === undefined ? rows.length : Math.max(0, Math.floor(first));
  return rows.slice(0, limit).map((r, i) => ({ rank: i + 1, ...r }));
}
