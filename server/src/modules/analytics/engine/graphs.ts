/**
 * Graph builders for the analytics engine: pure functions from a {@link NetworkProjection} to
 * the graphs of docs/architecture.md / docs/api-contract.graphql.
 *
 *  G  undirected actor graph: u–v if an influence joins them (either direction) or both are
 *     involved in one initiative
 *  I  directed weighted influence graph over ALL actors
 *  T  undirected initiative tie graph: u–v if an amplification joins them (any mode, either
 *     direction) or at least one actor is involved in both
 *
 * Two representations:
 *  - graphology graphs ({@link actorGraphG}, {@link influenceGraphI}, {@link tieGraphT},
 *    {@link involvementGraph}) for export, Louvain and small networks;
 *  - compact CSR adjacency ({@link actorAdjacency}, {@link tieAdjacency}; the layout is
 *    core/csr.ts): typed arrays, used by the centrality and community code because they stay
 *    small where graphology objects do not.
 *
 * Cost (measured on the demo generator at 100k initiatives / 79k actors / 230k involvements):
 *  - G: co-involvement adds a clique per initiative. Initiatives have 1–4 actors, so this is at
 *    most 6 pairs per initiative (≈200k pairs at 100k): cheap.
 *  - T: co-involvement adds a clique per ACTOR over that actor's initiatives, i.e. Σ_a C(deg a, 2)
 *    pairs: ≈25.7M pairs (one actor alone is in 2,649 initiatives → 3.5M pairs). The CSR builder
 *    enumerates these once per end (≈51M steps, a few hundred MB of Int32 at most, seconds), but a
 *    graphology T at that size would take gigabytes: {@link tieGraphT} is for small networks and
 *    exports. Where only connectivity matters (components, isolates) use the bipartite
 *    actor–initiative structure instead ({@link tieComponents}: the union-find of
 *    core/tie-components.ts), which is linear in the number of involvements.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { NetworkInput } from '../../../domain/network.types.js';
import { csrFromPairs, indexOf, neighbours, type Csr } from './core/csr.js';
import { tieComponents as coreTieComponents, type TieLinks } from './core/tie-components.js';
import type { ActorNode, InitiativeNode, NetworkProjection } from './projection.js';

// ---------------------------------------------------------------- NetworkInput → projection

/**
 * Turn an import/export document (or the demo generator's output) into the engine's projection.
 * Defaults follow the contract: influence weight 1, barrier not overcome; `potential` is the
 * AMPLIFICATION_POTENTIAL characteristic score. Outcomes are not part of the projection.
 */
export function projectionFromNetworkInput(input: NetworkInput): NetworkProjection {
  return {
    initiatives: (input.initiatives ?? []).map((i) => ({
      id: i.id,
      name: i.name,
      region: i.region ?? null,
      themes: [...(i.themes ?? [])],
      startedOn: i.startedOn ?? null,
      potential: i.characteristics?.find((c) => c.characteristic === 'AMPLIFICATION_POTENTIAL')?.score ?? null,
    })),
    actors: (input.actors ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind ?? null,
      region: a.region ?? null,
    })),
    amplifications: (input.amplifications ?? []).map((e) => ({
      from: e.fromInitiativeId,
      to: e.toInitiativeId,
      mode: e.mode,
      on: e.on ?? null,
    })),
    involvements: (input.involvements ?? []).map((e) => ({
      actorId: e.actorId,
      initiativeId: e.initiativeId,
      since: e.since ?? null,
    })),
    influences: (input.influences ?? []).map((e) => ({
      from: e.fromActorId,
      to: e.toActorId,
      weight: e.weight ?? 1,
    })),
    barriers: (input.barriers ?? []).map((b) => ({
      initiativeId: b.initiativeId,
      barrier: b.barrier,
      overcome: b.overcome ?? false,
    })),
  };
}

// ---------------------------------------------------------------- CSR adjacency

/** Actors' initiatives and initiatives' actors, as index lists (unknown ids are skipped). */
export interface Incidence {
  initiativeIds: string[];
  initiativeIndex: Map<string, number>;
  actorIds: string[];
  actorIndex: Map<string, number>;
  /** initiatives of actor a: byActor[a] (distinct) */
  byActor: number[][];
  /** actors of initiative i: byInitiative[i] (distinct) */
  byInitiative: number[][];
}

export function incidence(projection: NetworkProjection): Incidence {
  const initiativeIds = projection.initiatives.map((i) => i.id);
  const actorIds = projection.actors.map((a) => a.id);
  const initiativeIndex = indexOf(initiativeIds);
  const actorIndex = indexOf(actorIds);
  const byActor: number[][] = actorIds.map(() => []);
  const byInitiative: number[][] = initiativeIds.map(() => []);
  const seen = new Set<string>();
  for (const inv of projection.involvements) {
    const a = actorIndex.get(inv.actorId);
    const i = initiativeIndex.get(inv.initiativeId);
    if (a === undefined || i === undefined) continue;
    const key = `${a}:${i}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byActor[a]!.push(i);
    byInitiative[i]!.push(a);
  }
  return { initiativeIds, initiativeIndex, actorIds, actorIndex, byActor, byInitiative };
}

/** G as CSR over projection.actors (in projection order). */
export function actorAdjacency(projection: NetworkProjection, inc: Incidence = incidence(projection)): Csr {
  const us: number[] = [];
  const vs: number[] = [];
  for (const e of projection.influences) {
    const u = inc.actorIndex.get(e.from);
    const v = inc.actorIndex.get(e.to);
    if (u === undefined || v === undefined) continue;
    us.push(u);
    vs.push(v);
  }
  // one clique per initiative (1–4 actors each: ≤ 6 pairs)
  for (const actors of inc.byInitiative) {
    for (let x = 0; x < actors.length; x++) {
      for (let y = x + 1; y < actors.length; y++) {
        us.push(actors[x]!);
        vs.push(actors[y]!);
      }
    }
  }
  return csrFromPairs(inc.actorIds, us, vs);
}

/**
 * T as CSR over projection.initiatives (in projection order). Built row by row with a marker
 * array, so the Σ_a C(deg a, 2) co-involvement pairs are enumerated but never stored twice
 * (see the cost note at the top of this file).
 */
export function tieAdjacency(projection: NetworkProjection, inc: Incidence = incidence(projection)): Csr {
  const n = inc.initiativeIds.length;
  const ampl: number[][] = inc.initiativeIds.map(() => []);
  for (const e of projection.amplifications) {
    const u = inc.initiativeIndex.get(e.from);
    const v = inc.initiativeIndex.get(e.to);
    if (u === undefined || v === undefined || u === v) continue;
    ampl[u]!.push(v);
    ampl[v]!.push(u);
  }
  const mark = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(n + 1);
  let targets = new Int32Array(Math.max(16, 2 * projection.amplifications.length + 2 * projection.involvements.length));
  let out = 0;
  const push = (t: number): void => {
    if (out === targets.length) {
      const bigger = new Int32Array(targets.length * 2);
      bigger.set(targets);
      targets = bigger;
    }
    targets[out++] = t;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = out;
    mark[i] = i;
    for (const j of ampl[i]!) {
      if (mark[j] !== i) {
        mark[j] = i;
        push(j);
      }
    }
    for (const a of inc.byInitiative[i]!) {
      for (const j of inc.byActor[a]!) {
        if (mark[j] !== i) {
          mark[j] = i;
          push(j);
        }
      }
    }
    targets.subarray(offsets[i], out).sort();
  }
  offsets[n] = out;
  return {
    ids: inc.initiativeIds,
    index: inc.initiativeIndex,
    offsets,
    targets: targets.slice(0, out),
    edgeCount: out / 2,
  };
}

// ---------------------------------------------------------------- graphology graphs

export interface ActorAttributes {
  nodeType: 'actor';
  name: string;
  /** ActorKind */
  kind: string | null;
  region: string | null;
  /** distinct themes of the actor's initiatives, sorted */
  themes: string[];
  /** distinct regions of the actor's initiatives, sorted */
  initiativeRegions: string[];
}

export interface InitiativeAttributes {
  nodeType: 'initiative';
  name: string;
  region: string | null;
  themes: string[];
  startedOn: string | null;
}

export interface WeightAttributes {
  weight: number;
}

function actorAttributes(projection: NetworkProjection, inc: Incidence): ActorAttributes[] {
  return projection.actors.map((a: ActorNode, idx) => {
    const themes = new Set<string>();
    const regions = new Set<string>();
    for (const i of inc.byActor[idx]!) {
      const ini = projection.initiatives[i]!;
      for (const t of ini.themes) themes.add(t);
      if (ini.region) regions.add(ini.region);
    }
    return {
      nodeType: 'actor',
      name: a.name,
      kind: a.kind,
      region: a.region,
      themes: [...themes].sort(),
      initiativeRegions: [...regions].sort(),
    };
  });
}

function initiativeAttributes(i: InitiativeNode): InitiativeAttributes {
  return { nodeType: 'initiative', name: i.name, region: i.region, themes: [...i.themes], startedOn: i.startedOn };
}

function graphFromCsr<A extends object>(csr: Csr, attrs: A[]): UndirectedGraph<A> {
  const g = new UndirectedGraph<A>();
  csr.ids.forEach((id, i) => g.addNode(id, attrs[i]!));
  for (let u = 0; u < csr.ids.length; u++) {
    for (const v of neighbours(csr, u)) {
      if (v > u) g.addEdge(csr.ids[u]!, csr.ids[v]!);
    }
  }
  return g;
}

/** G: undirected, simple, every actor a node (co-involvement cliques: ≤ 6 pairs per initiative). */
export function actorGraphG(projection: NetworkProjection): UndirectedGraph<ActorAttributes> {
  const inc = incidence(projection);
  return graphFromCsr(actorAdjacency(projection, inc), actorAttributes(projection, inc));
}

/**
 * I: directed, weight = influence weight, every actor a node even without edges. Influences are
 * unique per (from, to) by contract; should a projection repeat a pair, the weights are summed.
 * Self-loops and edges to unknown actors are dropped.
 */
export function influenceGraphI(projection: NetworkProjection): DirectedGraph<ActorAttributes, WeightAttributes> {
  const inc = incidence(projection);
  const attrs = actorAttributes(projection, inc);
  const g = new DirectedGraph<ActorAttributes, WeightAttributes>();
  projection.actors.forEach((a, i) => g.addNode(a.id, attrs[i]));
  for (const e of projection.influences) {
    if (e.from === e.to || !g.hasNode(e.from) || !g.hasNode(e.to)) continue;
    const existing = g.edge(e.from, e.to);
    if (existing === undefined) g.addEdge(e.from, e.to, { weight: e.weight });
    else g.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 0) + e.weight);
  }
  return g;
}

/**
 * T: undirected, simple, every initiative a node. Quadratic in actor degree (≈25.7M pairs at the
 * 100k demo scale): use for small networks and exports; the engine uses {@link tieAdjacency}.
 */
export function tieGraphT(projection: NetworkProjection): UndirectedGraph<InitiativeAttributes> {
  return graphFromCsr(tieAdjacency(projection), projection.initiatives.map(initiativeAttributes));
}

/**
 * The bipartite alternative to T: initiatives and actors as nodes (keys prefixed `i:` / `a:` so
 * ids cannot clash), an edge per involvement plus an edge per amplification. Two initiatives are
 * in the same component of T exactly when they are in the same component here; the size is linear
 * in the input.
 */
export function involvementGraph(
  projection: NetworkProjection,
): UndirectedGraph<ActorAttributes | InitiativeAttributes> {
  const inc = incidence(projection);
  const attrs = actorAttributes(projection, inc);
  const g = new UndirectedGraph<ActorAttributes | InitiativeAttributes>({ multi: false });
  for (const i of projection.initiatives) g.addNode(`i:${i.id}`, initiativeAttributes(i));
  projection.actors.forEach((a, idx) => g.addNode(`a:${a.id}`, attrs[idx]));
  inc.byActor.forEach((inis, a) => {
    for (const i of inis) g.mergeEdge(`a:${inc.actorIds[a]!}`, `i:${inc.initiativeIds[i]!}`);
  });
  for (const e of projection.amplifications) {
    if (e.from === e.to || !inc.initiativeIndex.has(e.from) || !inc.initiativeIndex.has(e.to)) continue;
    g.mergeEdge(`i:${e.from}`, `i:${e.to}`);
  }
  return g;
}

// ---------------------------------------------------------------- components of T

export interface TieComponents {
  /** connected components of T, an isolated initiative counting as one */
  count: number;
  /** initiatives with no tie in T, in projection order */
  isolates: string[];
  /** size of the largest component */
  largest: number;
  /** component number per initiative (projection order), numbered 0.. by first appearance */
  componentOf: Int32Array;
}

/** What ties the projection's initiatives, as indexes (for core/tie-components.ts). */
export function tieLinks(projection: NetworkProjection, inc: Incidence = incidence(projection)): TieLinks {
  const ampFrom: number[] = [];
  const ampTo: number[] = [];
  for (const e of projection.amplifications) {
    const u = inc.initiativeIndex.get(e.from);
    const v = inc.initiativeIndex.get(e.to);
    if (u === undefined || v === undefined) continue;
    ampFrom.push(u);
    ampTo.push(v);
  }
  return { initiatives: inc.initiativeIds.length, ampFrom, ampTo, members: inc.byActor };
}

/** Components and isolates of T without building T (core/tie-components.ts), with ids. */
export function tieComponents(projection: NetworkProjection, inc: Incidence = incidence(projection)): TieComponents {
  const c = coreTieComponents(tieLinks(projection, inc));
  return {
    count: c.count,
    isolates: c.isolates.map((i) => inc.initiativeIds[i]!),
    largest: c.largest,
    componentOf: c.componentOf,
  };
}
