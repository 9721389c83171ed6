import type { NetworkProjection } from '../projection.js';
import { buildRows, indexOf as indexIds } from './csr.js';
import type { TieLinks } from './tie-components.js';

/**
 * The initiative tie graph T (docs/architecture.md, the domain) without its cliques: the distinct amplification pairs and
 * the initiative–actor incidence as compressed rows, from which T's neighbours are enumerated on
 * demand ({@link forEachTieNeighbour}: an actor in k initiatives would add k(k−1)/2 edges to an
 * explicit T). Shared by the tie structure (bridges, articulation points, regions) and the
 * isolation radar (ties, common partners).
 */

/** Compact incidence structure behind T. */
export interface TieIndex {
  ids: string[];
  indexOf: Map<string, number>;
  /** distinct amplification neighbours (undirected, no self) of initiative i: ampAdj[ampStart[i] .. ampStart[i+1]) */
  ampStart: Int32Array;
  ampAdj: Int32Array;
  /** distinct actors of initiative i (actor indexes) */
  actStart: Int32Array;
  actAdj: Int32Array;
  /** distinct initiatives of actor a */
  actorIds: string[];
  actorIndexOf: Map<string, number>;
  memberStart: Int32Array;
  memberAdj: Int32Array;
}

/** distinct amplification pairs (a < b not required), each once; self-loops and unknown ends left out */
function amplificationPairs(projection: NetworkProjection, indexOf: Map<string, number>) {
  const n = indexOf.size;
  const from: number[] = [];
  const to: number[] = [];
  const seen = new Set<number>();
  for (const e of projection.amplifications) {
    const a = indexOf.get(e.from);
    const b = indexOf.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    from.push(a);
    to.push(b);
  }
  return { from, to };
}

/** distinct (initiative, actor) pairs, actors numbered by first involvement */
function involvementPairs(projection: NetworkProjection, indexOf: Map<string, number>) {
  const actorIds: string[] = [];
  const actorIndexOf = new Map<string, number>();
  const initiatives: number[] = [];
  const actors: number[] = [];
  const seen = new Set<string>();
  for (const inv of projection.involvements) {
    const i = indexOf.get(inv.initiativeId);
    if (i === undefined) continue;
    let a = actorIndexOf.get(inv.actorId);
    if (a === undefined) {
      a = actorIds.length;
      actorIds.push(inv.actorId);
      actorIndexOf.set(inv.actorId, a);
    }
    const key = `${a}:${i}`;
    if (seen.has(key)) continue;
    seen.add(key);
    initiatives.push(i);
    actors.push(a);
  }
  return { actorIds, actorIndexOf, initiatives, actors };
}

export function buildTieIndex(projection: NetworkProjection): TieIndex {
  const ids = projection.initiatives.map((i) => i.id);
  const n = ids.length;
  const indexOf = indexIds(ids);
  const pairs = amplificationPairs(projection, indexOf);
  const amp = buildRows(n, pairs.from, pairs.to, { symmetric: true });
  const inv = involvementPairs(projection, indexOf);
  const act = buildRows(n, inv.initiatives, inv.actors);
  const members = buildRows(inv.actorIds.length, inv.actors, inv.initiatives);
  return {
    ids,
    indexOf,
    ampStart: amp.offsets,
    ampAdj: amp.targets,
    actStart: act.offsets,
    actAdj: act.targets,
    actorIds: inv.actorIds,
    actorIndexOf: inv.actorIndexOf,
    memberStart: members.offsets,
    memberAdj: members.targets,
  };
}

/**
 * Calls `visit(u)` once for every distinct T-neighbour u of v. `mark` is a scratch array of length
 * n and `stamp` a value not yet used in it (e.g. v + 1 with a zero-filled array, one stamp per call).
 */
export function forEachTieNeighbour(
  index: TieIndex,
  v: number,
  mark: Int32Array,
  stamp: number,
  visit: (u: number) => void,
): void {
  mark[v] = stamp;
  for (let e = index.ampStart[v]!; e < index.ampStart[v + 1]!; e++) {
    const u = index.ampAdj[e]!;
    if (mark[u] === stamp) continue;
    mark[u] = stamp;
    visit(u);
  }
  for (let e = index.actStart[v]!; e < index.actStart[v + 1]!; e++) {
    const a = index.actAdj[e]!;
    for (let f = index.memberStart[a]!; f < index.memberStart[a + 1]!; f++) {
      const u = index.memberAdj[f]!;
      if (mark[u] === stamp) continue;
      mark[u] = stamp;
      visit(u);
    }
  }
}

/** number of distinct T-neighbours of every initiative (by index) */
export function tieCounts(index: TieIndex): Int32Array {
  const n = index.ids.length;
  const ties = new Int32Array(n);
  const mark = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let count = 0;
    forEachTieNeighbour(index, v, mark, v + 1, () => {
      count += 1;
    });
    ties[v] = count;
  }
  return ties;
}

/** What ties the index's initiatives, for the union-find of core/tie-components.ts. */
export function tieLinksOf(index: TieIndex): TieLinks {
  const ampFrom: number[] = [];
  const ampTo: number[] = [];
  for (let v = 0; v < index.ids.length; v++) {
    for (let e = index.ampStart[v]!; e < index.ampStart[v + 1]!; e++) {
      ampFrom.push(v);
      ampTo.push(index.ampAdj[e]!);
    }
  }
  const members = index.actorIds.map((_, a) =>
    index.memberAdj.subarray(index.memberStart[a], index.memberStart[a + 1]),
  );
  return { initiatives: index.ids.length, ampFrom, ampTo, members };
}
