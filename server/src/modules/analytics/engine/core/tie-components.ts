import { indexOf } from './csr.js';
import { UnionFind } from './union-find.js';

/**
 * The connected components of the initiative tie graph T (docs/architecture.md: u–v tied when an
 * amplification joins them, either direction, any mode, or an actor is involved in both),
 * computed in ONE place for every caller: networkStats and its as-of variant, tieStructure,
 * the graph builders' summary and the networkx comparison.
 *
 * T itself is never built: an actor in k initiatives would add k(k−1)/2 edges (some actors are in
 * 2,600 initiatives). A union-find joins the two ends of every amplification and each actor's
 * initiatives instead, which is linear in the input. The timeline keeps the same union-find
 * growing period by period (timeline.ts).
 */

/** What ties initiatives 0..n-1, as indexes (unknown ids already left out by the caller). */
export interface TieLinks {
  initiatives: number;
  /** the two ends of every amplification; a self-loop ties nothing */
  ampFrom: ArrayLike<number>;
  ampTo: ArrayLike<number>;
  /** each actor's initiatives (repeats allowed) */
  members: readonly ArrayLike<number>[];
}

export interface TieComponents {
  /** connected components, an isolated initiative counting as one */
  count: number;
  /** size of the largest component (0 for no initiatives) */
  largest: number;
  /** component number per initiative, numbered 0.. by first appearance */
  componentOf: Int32Array;
  /** size of each component, by component number */
  sizes: number[];
  /** initiatives with no tie at all, ascending */
  isolates: number[];
}

/**
 * The union-find of T's components. With `group` (a group number per initiative, −1 = none),
 * only initiatives of one group are joined: the components of T restricted to each group
 * (a region), an initiative without a group standing alone.
 */
export function tieUnionFind(links: TieLinks, group?: Int32Array): UnionFind {
  const uf = new UnionFind(links.initiatives);
  const same = (u: number, v: number): boolean => group === undefined || (group[u]! >= 0 && group[u] === group[v]);
  for (let e = 0; e < links.ampFrom.length; e++) {
    const u = links.ampFrom[e]!;
    const v = links.ampTo[e]!;
    if (same(u, v)) uf.union(u, v);
  }
  if (group === undefined) {
    for (const row of links.members) for (let k = 1; k < row.length; k++) uf.union(row[0]!, row[k]!);
    return uf;
  }
  // per actor: each initiative joins the last earlier one of its group
  const last = new Map<number, number>();
  for (const row of links.members) {
    last.clear();
    for (let k = 0; k < row.length; k++) {
      const u = row[k]!;
      const g = group[u]!;
      if (g < 0) continue;
      const previous = last.get(g);
      if (previous !== undefined) uf.union(previous, u);
      last.set(g, u);
    }
  }
  return uf;
}

/** true for every initiative with at least one tie (an amplification, or an actor shared with another) */
export function tiedInitiatives(links: TieLinks): Uint8Array {
  const tied = new Uint8Array(links.initiatives);
  for (let e = 0; e < links.ampFrom.length; e++) {
    if (links.ampFrom[e] === links.ampTo[e]) continue;
    tied[links.ampFrom[e]!] = 1;
    tied[links.ampTo[e]!] = 1;
  }
  for (const row of links.members) {
    let other = false;
    for (let k = 1; k < row.length && !other; k++) other = row[k] !== row[0];
    if (other) for (let k = 0; k < row.length; k++) tied[row[k]!] = 1;
  }
  return tied;
}

/** Components and isolates of T. */
export function tieComponents(links: TieLinks): TieComponents {
  const n = links.initiatives;
  const uf = tieUnionFind(links);
  const componentOf = new Int32Array(n);
  const number = new Map<number, number>();
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let c = number.get(r);
    if (c === undefined) {
      number.set(r, (c = number.size));
      sizes.push(uf.size[r]!);
    }
    componentOf[i] = c;
  }
  const tied = tiedInitiatives(links);
  const isolates: number[] = [];
  for (let i = 0; i < n; i++) if (tied[i] === 0) isolates.push(i);
  return { count: uf.count, largest: uf.largest, componentOf, sizes, isolates };
}

/** T as ids and pairs, as loaded from Neo4j for networkStats. */
export interface TieProjection {
  initiatives: string[];
  /** [fromInitiativeId, toInitiativeId] */
  amplifications: [string, string][];
  /** [actorId, initiativeId] */
  involvements: [string, string][];
}

export interface TieSummary {
  /** connected components of T, an isolated initiative counting as one */
  components: number;
  /** initiatives with no tie in T, in input order */
  isolated: string[];
  /** size of the largest component of T (initiatives) */
  largestComponent: number;
}

/** networkStats' part of T: components, isolates and the largest component (references to unknown initiatives are left out). */
export function summarizeTies(projection: TieProjection): TieSummary {
  const ids = projection.initiatives;
  const index = indexOf(ids);
  const ampFrom: number[] = [];
  const ampTo: number[] = [];
  for (const [from, to] of projection.amplifications) {
    const u = index.get(from);
    const v = index.get(to);
    if (u === undefined || v === undefined) continue;
    ampFrom.push(u);
    ampTo.push(v);
  }
  const byActor = new Map<string, number[]>();
  for (const [actor, initiative] of projection.involvements) {
    const i = index.get(initiative);
    if (i === undefined) continue;
    const row = byActor.get(actor);
    if (row) row.push(i);
    else byActor.set(actor, [i]);
  }
  const components = tieComponents({ initiatives: ids.length, ampFrom, ampTo, members: [...byActor.values()] });
  return {
    components: components.count,
    isolated: components.isolates.map((i) => ids[i]!),
    largestComponent: components.largest,
  };
}
