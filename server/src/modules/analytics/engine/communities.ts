/**
 * Communities by Louvain (graphology-communities-louvain) on T (initiatives) and G (actors).
 *
 * Deterministic: nodes are inserted in id order and the library's random walk uses a seeded
 * mulberry32 (default seed 1984), so the same network always gives the same partition.
 * Communities are numbered 0, 1, … by size descending, ties by smallest member id ascending.
 * Modularity is the library's (Newman–Girvan, resolution 1 by default); a graph without edges
 * gets every node in its own community and modularity 0 (undefined in theory; networkx raises).
 *
 * Scale: T as a graphology graph is quadratic in actor degree (see graphs.ts: ≈25.7M pairs at the
 * 100k demo), so {@link initiativeCommunities} refuses T with more than `maxEdges` edges
 * (default 5M) instead of exhausting memory.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { countsOf, type NameCount } from './core/counts.js';
import { neighbours, type Csr } from './core/csr.js';
import { DEFAULT_SEED, seededRandom } from './core/random.js';
import { actorAdjacency, tieAdjacency } from './graphs.js';
import type { NetworkProjection } from './projection.js';

type Louvain = typeof louvainModule.default;
function cjs<T>(m: unknown): T {
  return (typeof m === 'function' ? m : ((m as { default?: T }).default ?? m)) as T;
}
const louvain = cjs<Louvain>(louvainModule);

export interface Community {
  /** 0 = largest */
  id: number;
  size: number;
  /** member ids, ascending */
  members: string[];
}

export interface CommunityResult {
  /** community id per node id */
  communityOf: Record<string, number>;
  /** by size descending, ties by smallest member id */
  communities: Community[];
  modularity: number;
  /** edges of the graph partitioned */
  edges: number;
}

export interface CommunityOptions {
  seed?: number;
  /** Louvain resolution, default 1 */
  resolution?: number;
  /** refuse T/G with more edges than this (default 5,000,000) */
  maxEdges?: number;
}

export const DEFAULT_MAX_COMMUNITY_EDGES = 5_000_000;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** graphology graph from a CSR, nodes and edges inserted in id order (for determinism): what Louvain runs on. */
export function sortedGraph(csr: Csr): UndirectedGraph {
  const order = csr.ids.map((_, i) => i).sort((a, b) => byId(csr.ids[a]!, csr.ids[b]!));
  const g = new UndirectedGraph();
  for (const i of order) g.addNode(csr.ids[i]!);
  for (const u of order) {
    const nbrs = [...neighbours(csr, u)].sort((a, b) => byId(csr.ids[a]!, csr.ids[b]!));
    for (const v of nbrs) if (byId(csr.ids[u]!, csr.ids[v]!) < 0) g.addEdge(csr.ids[u]!, csr.ids[v]!);
  }
  return g;
}

/** Renumber a raw node → community mapping: size desc, then smallest member id asc. */
export function numberCommunities(raw: Record<string, number>): {
  communityOf: Record<string, number>;
  communities: Community[];
} {
  const groups = new Map<number, string[]>();
  for (const [node, c] of Object.entries(raw)) {
    let list = groups.get(c);
    if (!list) groups.set(c, (list = []));
    list.push(node);
  }
  const lists = [...groups.values()].map((l) => l.sort(byId));
  lists.sort((a, b) => b.length - a.length || byId(a[0]!, b[0]!));
  const communityOf: Record<string, number> = {};
  const communities = lists.map((members, id) => {
    for (const m of members) communityOf[m] = id;
    return { id, size: members.length, members };
  });
  return { communityOf, communities };
}

/** Louvain on any undirected graphology graph (unweighted unless edges carry `weight`). */
export function louvainCommunities(graph: UndirectedGraph, options: CommunityOptions = {}): CommunityResult {
  if (graph.size === 0) {
    const raw: Record<string, number> = {};
    graph.forEachNode((n, _a) => (raw[n] = Object.keys(raw).length));
    return { ...numberCommunities(raw), modularity: 0, edges: 0 };
  }
  const detailed = louvain.detailed(graph, {
    rng: seededRandom(options.seed ?? DEFAULT_SEED),
    resolution: options.resolution ?? 1,
    getEdgeWeight: null,
  });
  return { ...numberCommunities(detailed.communities), modularity: detailed.modularity, edges: graph.size };
}

function guarded(csr: Csr, what: string, options: CommunityOptions): UndirectedGraph {
  const max = options.maxEdges ?? DEFAULT_MAX_COMMUNITY_EDGES;
  if (csr.edgeCount > max) {
    throw new RangeError(`${what} has ${csr.edgeCount} edges, more than the ${max} Louvain is allowed to load`);
  }
  return sortedGraph(csr);
}

/** Louvain on T (initiatives). */
export function initiativeCommunities(projection: NetworkProjection, options: CommunityOptions = {}): CommunityResult {
  return louvainCommunities(guarded(tieAdjacency(projection), 'the tie graph T', options), options);
}

/** Louvain on G (actors). */
export function actorCommunities(projection: NetworkProjection, options: CommunityOptions = {}): CommunityResult {
  return louvainCommunities(guarded(actorAdjacency(projection), 'the actor graph G', options), options);
}

/** What a community is made of: its most common regions and themes (top `top` of each). */
export interface CommunityProfile {
  regions: NameCount[];
  themes: NameCount[];
}

/**
 * Profiles of the communities of T (members are initiatives: their region and themes) or of G
 * (members are actors: their region, and the themes of the initiatives they take part in, each
 * theme once per actor). By community id.
 */
export function communityProfiles(
  projection: NetworkProjection,
  result: Pick<CommunityResult, 'communities'>,
  graph: 'TIE' | 'ACTOR',
  top = 3,
): CommunityProfile[] {
  const initiatives = new Map(projection.initiatives.map((i) => [i.id, i]));
  const actors = new Map(projection.actors.map((a) => [a.id, a]));
  const themesOfActor = new Map<string, Set<string>>();
  if (graph === 'ACTOR')
    for (const inv of projection.involvements) {
      const themes = themesOfActor.get(inv.actorId) ?? new Set<string>();
      for (const theme of initiatives.get(inv.initiativeId)?.themes ?? []) themes.add(theme);
      themesOfActor.set(inv.actorId, themes);
    }
  const add = (map: Map<string, number>, key: string | null | undefined) => {
    if (key) map.set(key, (map.get(key) ?? 0) + 1);
  };
  return result.communities.map((community) => {
    const regions = new Map<string, number>();
    const themes = new Map<string, number>();
    for (const id of community.members) {
      if (graph === 'TIE') {
        const initiative = initiatives.get(id);
        add(regions, initiative?.region);
        for (const theme of new Set(initiative?.themes ?? [])) add(themes, theme);
      } else {
        add(regions, actors.get(id)?.region);
        for (const theme of themesOfActor.get(id) ?? []) add(themes, theme);
      }
    }
    return { regions: countsOf(regions).slice(0, top), themes: countsOf(themes).slice(0, top) };
  });
}
