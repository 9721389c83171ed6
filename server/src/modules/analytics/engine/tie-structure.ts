import { compareText as cmp } from './core/counts.js';
import { buildRows } from './core/csr.js';
import { tieUnionFind } from './core/tie-components.js';
import { buildTieIndex, forEachTieNeighbour, tieLinksOf, type TieIndex } from './core/tie-index.js';
import type { UnionFind } from './core/union-find.js';
import type { NetworkProjection } from './projection.js';

/**
 * Structure of the initiative tie graph T (docs/architecture.md, the domain): undirected, initiatives; u–v tied when an
 * amplification joins them (either direction, any mode) or at least one actor is involved in both.
 *
 * T is never built explicitly: an actor in k initiatives would add k(k−1)/2 edges (some actors are
 * in 2,600 initiatives). Instead, everything works on the initiative–actor incidence plus the
 * amplification pairs:
 * - ties (distinct T-neighbours) are counted per initiative with a stamp array; this enumerates
 *   Σ_actors k² incidences in total, linear in memory;
 * - components come from the engine's one union-find over amplification pairs and each actor's
 *   initiatives (core/tie-components.ts), once for T and once for T restricted to each region;
 * - bridges and articulation points are computed (Tarjan, iterative) on a graph H in which
 *   · every amplification pair, and every pair of initiatives shared by an actor of exactly 2
 *     initiatives, is a direct edge (deduplicated: T is simple, so two reasons for one tie are still
 *     one edge, which can be a bridge);
 *   · every actor with k ≥ 3 distinct initiatives becomes a virtual node joined to its initiatives
 *     (a star instead of the k-clique).
 *   Why this is exact. A k-clique (k ≥ 3) stays connected after removing any one of its nodes or
 *   any one of its edges, and so does the star after removing any one of its initiatives; so for
 *   every initiative w, H−w and T−w connect the same initiatives, hence w is an articulation point
 *   of H iff of T (virtual nodes are never reported). Every clique edge lies on a triangle, so it
 *   is never a bridge of T; the star's edges may be bridges of H, but they are not T edges and are
 *   not reported. A direct edge e has H−e and T−e connecting the same initiatives, so e is a bridge
 *   of H iff of T; if e is also inside some actor's clique it is on a cycle in both. The spec tests
 *   this against a brute force on explicit T for seeded random graphs.
 */

export interface TieInitiative {
  id: string;
  /** number of distinct T-neighbours */
  ties: number;
  /** index into `components.sizes` (components ordered by size desc, then by first initiative in input order) */
  component: number;
}

export interface RegionTieSummary {
  region: string;
  initiatives: number;
  /** initiatives of the region with no tie in T at all (anywhere) */
  isolates: number;
  /** initiatives of the region with exactly one tie in T (anywhere) */
  pendants: number;
  /** connected components of T restricted to the region's initiatives (an isolated one counts as one) */
  components: number;
  /** largest of those components / initiatives of the region (0 when the region has none) */
  largestComponentShare: number;
  /** 2m/(n(n−1)) for T restricted to the region (m = ties with both ends in it); 0 when n < 2 */
  density: number;
}

export interface TieStructure {
  /** in projection order */
  initiatives: TieInitiative[];
  isolates: string[];
  pendants: string[];
  components: {
    count: number;
    /** descending */
    sizes: number[];
    largest: number;
    /** share of all initiatives in the largest component (0 for an empty network) */
    largestShare: number;
    /** components of size 2–5 */
    small: number;
  };
  /** bridges of T, each [a, b] with a < b, sorted */
  bridges: [string, string][];
  /** articulation points of T, sorted */
  articulationPoints: string[];
  /** by region name; initiatives without a region are left out */
  regions: RegionTieSummary[];
  /** number of edges of T */
  edges: number;
}

// ---------------------------------------------------------------- analyzeTieStructure, step by step

/** ties of every initiative, and ties inside its own region (group −1: none) */
function tieDegrees(index: TieIndex, group: Int32Array | null): { ties: Int32Array; sameRegionTies: Int32Array } {
  const n = index.ids.length;
  const ties = new Int32Array(n);
  const sameRegionTies = new Int32Array(n);
  const mark = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let count = 0;
    let same = 0;
    const g = group === null ? -1 : group[v]!;
    forEachTieNeighbour(index, v, mark, v + 1, (u) => {
      count += 1;
      if (g >= 0 && group![u] === g) same += 1;
    });
    ties[v] = count;
    sameRegionTies[v] = same;
  }
  return { ties, sameRegionTies };
}

/** region number per initiative (−1 for none), numbered by first appearance */
function regionGroups(projection: NetworkProjection): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(projection.initiatives, (i) => {
    const region = i.region || null;
    if (region === null) return -1;
    let g = numbers.get(region);
    if (g === undefined) numbers.set(region, (g = numbers.size));
    return g;
  });
}

/** components by size desc, then by their first initiative in input order: number per initiative, and sizes */
function orderedComponents(all: UnionFind, n: number): { componentOf: Int32Array; sizes: number[] } {
  const rootOrder: number[] = [];
  const componentOfRoot = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const root = all.find(v);
    if (!componentOfRoot.has(root)) {
      componentOfRoot.set(root, -1);
      rootOrder.push(root);
    }
  }
  rootOrder.sort((a, b) => all.size[b]! - all.size[a]!); // stable: first appearance breaks ties
  rootOrder.forEach((root, i) => componentOfRoot.set(root, i));
  const componentOf = new Int32Array(n);
  for (let v = 0; v < n; v++) componentOf[v] = componentOfRoot.get(all.find(v))!;
  return { componentOf, sizes: rootOrder.map((root) => all.size[root]!) };
}

/**
 * H of the file comment: direct edges (amplification pairs, actors of exactly two initiatives,
 * deduplicated) and a virtual hub node per actor of three or more; nodes ≥ n are hubs.
 */
function reducedGraph(index: TieIndex) {
  const n = index.ids.length;
  const from: number[] = [];
  const to: number[] = [];
  const seen = new Set<number>();
  const addDirect = (a: number, b: number): void => {
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) return;
    seen.add(key);
    from.push(a);
    to.push(b);
  };
  for (let v = 0; v < n; v++) {
    for (let e = index.ampStart[v]!; e < index.ampStart[v + 1]!; e++) {
      const u = index.ampAdj[e]!;
      if (v < u) addDirect(v, u);
    }
  }
  let nodes = n;
  for (let a = 0; a < index.actorIds.length; a++) {
    const first = index.memberStart[a]!;
    const k = index.memberStart[a + 1]! - first;
    if (k === 2) addDirect(index.memberAdj[first]!, index.memberAdj[first + 1]!);
    else if (k >= 3) {
      const hub = nodes++;
      for (let f = first; f < first + k; f++) {
        from.push(hub);
        to.push(index.memberAdj[f]!);
      }
    }
  }
  return { nodes, ...buildRows(nodes, from, to, { symmetric: true }) };
}

/** Bridges and articulation points of T: Tarjan (iterative) on H, reporting initiatives only. */
function bridgesAndArticulationPoints(index: TieIndex): { bridges: [number, number][]; points: number[] } {
  const n = index.ids.length;
  const { nodes, offsets: start, targets: adj } = reducedGraph(index);
  const disc = new Int32Array(nodes).fill(-1);
  const low = new Int32Array(nodes);
  const parent = new Int32Array(nodes).fill(-1);
  const next = start.slice(0, nodes);
  const stack = new Int32Array(nodes);
  const isPoint = new Uint8Array(nodes);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let s = 0; s < n; s++) {
    if (disc[s] !== -1) continue;
    let top = 0;
    stack[0] = s;
    disc[s] = low[s] = time++;
    let rootChildren = 0;
    while (top >= 0) {
      const u = stack[top]!;
      if (next[u]! < start[u + 1]!) {
        const v = adj[next[u]!]!;
        next[u]! += 1;
        if (v === parent[u]) continue; // H is simple, so skipping the parent node skips the tree edge
        if (disc[v] === -1) {
          parent[v] = u;
          disc[v] = low[v] = time++;
          stack[++top] = v;
          if (u === s) rootChildren += 1;
        } else if (disc[v]! < low[u]!) low[u] = disc[v]!;
      } else {
        top -= 1;
        const p = parent[u]!;
        if (p === -1) continue;
        if (low[u]! < low[p]!) low[p] = low[u]!;
        if (low[u]! > disc[p]! && u < n && p < n) bridges.push(p < u ? [p, u] : [u, p]);
        if (p !== s && low[u]! >= disc[p]!) isPoint[p] = 1;
      }
    }
    if (rootChildren >= 2) isPoint[s] = 1;
  }
  const points: number[] = [];
  for (let v = 0; v < n; v++) if (isPoint[v]) points.push(v);
  return { bridges, points };
}

/** per region (sorted by name): counts, components of T restricted to it, density */
function regionSummaries(
  projection: NetworkProjection,
  ties: Int32Array,
  sameRegionTies: Int32Array,
  regional: UnionFind,
): RegionTieSummary[] {
  const byRegion = new Map<
    string,
    { n: number; isolates: number; pendants: number; degreeSum: number; comps: Map<number, number> }
  >();
  projection.initiatives.forEach((initiative, v) => {
    const r = initiative.region || null;
    if (r === null) return;
    let s = byRegion.get(r);
    if (!s) byRegion.set(r, (s = { n: 0, isolates: 0, pendants: 0, degreeSum: 0, comps: new Map() }));
    s.n += 1;
    if (ties[v] === 0) s.isolates += 1;
    if (ties[v] === 1) s.pendants += 1;
    s.degreeSum += sameRegionTies[v]!;
    const root = regional.find(v);
    s.comps.set(root, (s.comps.get(root) ?? 0) + 1);
  });
  return [...byRegion]
    .sort(([a], [b]) => cmp(a, b))
    .map(([name, s]) => ({
      region: name,
      initiatives: s.n,
      isolates: s.isolates,
      pendants: s.pendants,
      components: s.comps.size,
      largestComponentShare: s.n === 0 ? 0 : Math.max(...s.comps.values()) / s.n,
      density: s.n < 2 ? 0 : s.degreeSum / (s.n * (s.n - 1)),
    }));
}

function sortedBridges(ids: readonly string[], bridges: [number, number][]): [string, string][] {
  return bridges
    .map(([a, b]): [string, string] => {
      const x = ids[a]!;
      const y = ids[b]!;
      return x < y ? [x, y] : [y, x];
    })
    .sort((p, q) => cmp(p[0], q[0]) || cmp(p[1], q[1]));
}

export function analyzeTieStructure(projection: NetworkProjection, index = buildTieIndex(projection)): TieStructure {
  const n = index.ids.length;
  const { ids } = index;
  const group = regionGroups(projection);
  const { ties, sameRegionTies } = tieDegrees(index, group);
  const links = tieLinksOf(index);
  const { componentOf, sizes } = orderedComponents(tieUnionFind(links), n);
  const initiatives: TieInitiative[] = ids.map((id, v) => ({ id, ties: ties[v]!, component: componentOf[v]! }));
  let tieSum = 0;
  for (let v = 0; v < n; v++) tieSum += ties[v]!;
  const { bridges, points } = bridgesAndArticulationPoints(index);
  return {
    initiatives,
    isolates: initiatives.filter((i) => i.ties === 0).map((i) => i.id),
    pendants: initiatives.filter((i) => i.ties === 1).map((i) => i.id),
    components: {
      count: sizes.length,
      sizes,
      largest: sizes[0] ?? 0,
      largestShare: n === 0 ? 0 : (sizes[0] ?? 0) / n,
      small: sizes.filter((s) => s >= 2 && s <= 5).length,
    },
    bridges: sortedBridges(ids, bridges),
    articulationPoints: points.map((v) => ids[v]!).sort(cmp),
    regions: regionSummaries(projection, ties, sameRegionTies, tieUnionFind(links, group)),
    edges: tieSum / 2,
  };
}
