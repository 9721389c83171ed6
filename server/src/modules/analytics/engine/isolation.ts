import type { BarrierKind } from '../../../domain/network.types.js';
import type { SuggestionReason } from '../../../domain/suggestion-reasons.js';
import { UnknownInitiativeError } from './core/errors.js';
import type { NetworkProjection } from './projection.js';
import { buildTieIndex, forEachTieNeighbour, type TieIndex } from './core/tie-index.js';

/**
 * Isolated initiatives (no tie in T) and introductions to make (docs/architecture.md, "link suggestions").
 *
 * Score of a candidate partner u for initiative v (u ≠ v, u not tied to v in T), a sum of:
 * - tie graph: Adamic–Adar over common T-neighbours w, Σ 1/ln(ties(w))  → '2 partners in common';
 * - actor graph: for every actor b of u linked by INFLUENCES (either direction) to an actor of v,
 *   1/log2(1 + initiatives(b)) (a busy actor says less about one initiative, as in Adamic–Adar)
 *   → "actor X (here) and actor Y (there) influence each other";
 * - themes: per shared theme +1 when u is in another region (the boost: spreading across regions),
 *   +0.5 otherwise → 'same theme energy in Drenthe';
 * - barriers: per barrier v faces and has not overcome that u has overcome, +1.5
 *   → 'overcame the barrier REGULATION that this initiative faces'.
 * Only candidates with a positive score are suggested; order score desc, id asc.
 * Reasons are structured (`SuggestionReason`); `phraseSuggestionReason` gives the sentences above.
 */

export interface ConnectionSuggestionResult {
  initiativeId: string;
  score: number;
  reasons: SuggestionReason[];
}

export interface IsolationReportResult {
  initiativeId: string;
  suggestions: ConnectionSuggestionResult[];
}

/** A weakly tied initiative (one tie in T: a pendant) and the one it is tied to. */
export interface WeakTieReportResult extends IsolationReportResult {
  tiedToId: string;
}

export const THEME_OTHER_REGION = 1;
export const THEME_SAME_REGION = 0.5;
export const BARRIER_MATCH = 1.5;

export interface SuggestionContext {
  projection: NetworkProjection;
  ties: TieIndex;
  /** distinct T-neighbours, computed on demand (−1 = not yet) */
  tieCount: Int32Array;
  /** position of each initiative in id order, for id tie-breaks on numbers */
  idRank: Int32Array;
  byRank: Int32Array;
  /** scratch for dense scores (all zero between calls) */
  denseScore: Float64Array;
  /** initiatives addressing a theme, by index */
  byTheme: Map<string, number[]>;
  /** initiatives that overcame a barrier */
  byOvercome: Map<BarrierKind, number[]>;
  faced: Map<number, Set<BarrierKind>>;
  overcome: Map<number, Set<BarrierKind>>;
  /** undirected INFLUENCES neighbours of an actor (actor ids) */
  influence: Map<string, Set<string>>;
  actorName: Map<string, string>;
  mark: Int32Array;
  stamp: { value: number };
  /** dense (theme + barrier) rankings shared by initiatives with one profile */
  denseCache: Map<string, { list: Candidate[]; complete: boolean }>;
}

interface Candidate {
  u: number;
  score: number;
  reasons: SuggestionReason[];
}

export function buildSuggestionContext(
  projection: NetworkProjection,
  ties = buildTieIndex(projection),
): SuggestionContext {
  const n = ties.ids.length;
  const byRank = Int32Array.from(ties.ids.map((_, i) => i)).sort((a, b) => {
    const x = ties.ids[a]!;
    const y = ties.ids[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const idRank = new Int32Array(n);
  byRank.forEach((v, rank) => (idRank[v] = rank));
  const byTheme = new Map<string, number[]>();
  projection.initiatives.forEach((initiative, i) => {
    for (const theme of new Set(initiative.themes)) {
      const list = byTheme.get(theme) ?? [];
      list.push(i);
      byTheme.set(theme, list);
    }
  });
  const faced = new Map<number, Set<BarrierKind>>();
  const overcome = new Map<number, Set<BarrierKind>>();
  for (const link of projection.barriers) {
    const i = ties.indexOf.get(link.initiativeId);
    if (i === undefined) continue;
    const map = link.overcome ? overcome : faced;
    const set = map.get(i) ?? new Set<BarrierKind>();
    set.add(link.barrier);
    map.set(i, set);
  }
  // a barrier both faced and overcome by one initiative counts as overcome
  for (const [i, set] of overcome) {
    const f = faced.get(i);
    if (f) for (const b of set) f.delete(b);
  }
  const byOvercome = new Map<BarrierKind, number[]>();
  for (const [i, set] of [...overcome].sort((a, b) => a[0] - b[0])) {
    for (const b of set) {
      const list = byOvercome.get(b) ?? [];
      list.push(i);
      byOvercome.set(b, list);
    }
  }
  const influence = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = influence.get(a) ?? new Set<string>();
    set.add(b);
    influence.set(a, set);
  };
  for (const e of projection.influences) {
    if (e.from === e.to) continue;
    link(e.from, e.to);
    link(e.to, e.from);
  }
  return {
    projection,
    ties,
    tieCount: new Int32Array(n).fill(-1),
    idRank,
    byRank,
    denseScore: new Float64Array(n),
    byTheme,
    byOvercome,
    faced,
    overcome,
    influence,
    actorName: new Map(projection.actors.map((a) => [a.id, a.name])),
    mark: new Int32Array(ties.ids.length),
    stamp: { value: 0 },
    denseCache: new Map(),
  };
}

/** true when v has at least one tie in T: O(degree), no neighbour enumeration */
export function hasTie(index: TieIndex, v: number): boolean {
  if (index.ampStart[v + 1]! > index.ampStart[v]!) return true;
  for (let e = index.actStart[v]!; e < index.actStart[v + 1]!; e++) {
    const a = index.actAdj[e]!;
    if (index.memberStart[a + 1]! - index.memberStart[a]! > 1) return true;
  }
  return false;
}

function tieCountOf(ctx: SuggestionContext, w: number): number {
  let count = ctx.tieCount[w]!;
  if (count >= 0) return count;
  count = 0;
  forEachTieNeighbour(ctx.ties, w, ctx.mark, ++ctx.stamp.value, () => {
    count += 1;
  });
  ctx.tieCount[w] = count;
  return count;
}

function byScoreThenId(ids: readonly string[]) {
  return (a: Candidate, b: Candidate): number => {
    if (b.score !== a.score) return b.score - a.score;
    const x = ids[a.u]!;
    const y = ids[b.u]!;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

const DENSE_KEEP = 64;

/** theme and barrier part of the score of candidate u for v, with its reasons */
function densePair(ctx: SuggestionContext, v: number, u: number): Candidate {
  const node = ctx.projection.initiatives[v]!;
  const other = ctx.projection.initiatives[u]!;
  const c: Candidate = { u, score: 0, reasons: [] };
  const theirThemes = new Set(other.themes);
  const region = other.region;
  const otherRegion = region !== null && region !== '' && region !== node.region;
  for (const theme of [...new Set(node.themes)].sort()) {
    if (!theirThemes.has(theme)) continue;
    c.score += otherRegion ? THEME_OTHER_REGION : THEME_SAME_REGION;
    c.reasons.push({
      kind: 'SHARED_THEME',
      theme,
      region: otherRegion ? region : null,
      sameRegion: !otherRegion && !!region && region === node.region,
    });
  }
  const overcame = ctx.overcome.get(u);
  for (const barrier of [...(ctx.faced.get(v) ?? [])].sort()) {
    if (!overcame?.has(barrier)) continue;
    c.score += BARRIER_MATCH;
    c.reasons.push({ kind: 'BARRIER_MATCH', barrier });
  }
  return c;
}

/** candidates by theme and barrier alone, for one profile (themes, region, faced barriers) of v */
function denseRanking(ctx: SuggestionContext, v: number, full: boolean): { list: Candidate[]; complete: boolean } {
  const node = ctx.projection.initiatives[v]!;
  const themes = [...new Set(node.themes)].sort();
  const faced = [...(ctx.faced.get(v) ?? [])].sort();
  const key = JSON.stringify([themes, node.region ?? null, faced]);
  if (!full) {
    const cached = ctx.denseCache.get(key);
    if (cached) return cached;
  }
  // numeric scores first (same weights as densePair), reasons only for the kept candidates
  const score = ctx.denseScore;
  const touched: number[] = [];
  for (const theme of themes) {
    for (const u of ctx.byTheme.get(theme) ?? []) {
      const region = ctx.projection.initiatives[u]!.region;
      if (score[u] === 0) touched.push(u);
      score[u]! += region !== null && region !== '' && region !== node.region ? THEME_OTHER_REGION : THEME_SAME_REGION;
    }
  }
  for (const barrier of faced) {
    for (const u of ctx.byOvercome.get(barrier) ?? []) {
      if (score[u] === 0) touched.push(u);
      score[u]! += BARRIER_MATCH;
    }
  }
  const buckets = new Map<number, number[]>();
  for (const u of touched) {
    const s = score[u]!;
    const bucket = buckets.get(s) ?? [];
    bucket.push(ctx.idRank[u]!);
    buckets.set(s, bucket);
    score[u] = 0;
  }
  const keep = full ? Number.POSITIVE_INFINITY : DENSE_KEEP;
  const list: Candidate[] = [];
  for (const s of [...buckets.keys()].sort((a, b) => b - a)) {
    if (list.length >= keep) break;
    const ranks = Int32Array.from(buckets.get(s)!).sort();
    for (let i = 0; i < ranks.length && list.length < keep; i++) list.push(densePair(ctx, v, ctx.byRank[ranks[i]!]!));
  }
  if (full) return { list, complete: true };
  const kept = { list, complete: touched.length <= DENSE_KEEP };
  ctx.denseCache.set(key, kept);
  return kept;
}

type SparseEvidence = Map<number, { score: number; common: number; actorLinks: SuggestionReason[] }>;

function sparseEntry(sparse: SparseEvidence, u: number) {
  let s = sparse.get(u);
  if (!s) {
    s = { score: 0, common: 0, actorLinks: [] };
    sparse.set(u, s);
  }
  return s;
}

/** Common T-neighbours of v (Adamic–Adar): each shared partner w adds 1 / log(ties of w). */
function addCommonPartners(ctx: SuggestionContext, tied: number[], excluded: Set<number>, sparse: SparseEvidence) {
  for (const w of tied) {
    const weight = 1 / Math.log(tieCountOf(ctx, w));
    const stamp = ++ctx.stamp.value;
    forEachTieNeighbour(ctx.ties, w, ctx.mark, stamp, (u) => {
      if (excluded.has(u)) return;
      const s = sparseEntry(sparse, u);
      s.score += weight;
      s.common += 1;
    });
  }
}

/** Actor influence links: an actor of v influences an actor of u, weighted by how specific b is. */
function addActorInfluence(ctx: SuggestionContext, v: number, excluded: Set<number>, sparse: SparseEvidence) {
  const { ties } = ctx;
  const ownActors: string[] = [];
  for (let e = ties.actStart[v]!; e < ties.actStart[v + 1]!; e++) ownActors.push(ties.actorIds[ties.actAdj[e]!]!);
  const ownSet = new Set(ownActors);
  for (const a of ownActors.sort()) {
    for (const b of [...(ctx.influence.get(a) ?? [])].sort()) {
      if (ownSet.has(b)) continue;
      const bi = ties.actorIndexOf.get(b);
      if (bi === undefined) continue;
      const count = ties.memberStart[bi + 1]! - ties.memberStart[bi]!;
      const weight = 1 / Math.log2(1 + count);
      for (let f = ties.memberStart[bi]!; f < ties.memberStart[bi + 1]!; f++) {
        const u = ties.memberAdj[f]!;
        if (excluded.has(u)) continue;
        const s = sparseEntry(sparse, u);
        s.score += weight;
        s.actorLinks.push({
          kind: 'ACTOR_INFLUENCE',
          actorHereId: a,
          actorHere: ctx.actorName.get(a) ?? a,
          actorThereId: b,
          actorThere: ctx.actorName.get(b) ?? b,
        });
      }
    }
  }
}

/**
 * Candidates with sparse evidence (with their theme and barrier part added), then up to `limit`
 * more from the dense ranking by theme and barrier alone.
 */
function rankCandidates(
  ctx: SuggestionContext,
  v: number,
  limit: number,
  excluded: Set<number>,
  sparse: SparseEvidence,
): Candidate[] {
  let dense = denseRanking(ctx, v, false);
  const candidates: Candidate[] = [];
  for (const [u, s] of sparse) {
    const d = densePair(ctx, v, u);
    const reasons: SuggestionReason[] = [];
    if (s.common > 0) reasons.push({ kind: 'COMMON_PARTNERS', count: s.common });
    reasons.push(...s.actorLinks, ...d.reasons);
    candidates.push({ u, score: s.score + d.score, reasons });
  }
  const pickDense = (list: Candidate[]): number => {
    let taken = 0;
    for (const c of list) {
      if (taken >= limit) break;
      if (excluded.has(c.u) || sparse.has(c.u)) continue;
      candidates.push(c);
      taken += 1;
    }
    return taken;
  };
  if (pickDense(dense.list) < limit && !dense.complete) {
    // too many of the shared ranking were excluded here: rank this initiative's candidates fully
    candidates.length = sparse.size;
    dense = denseRanking(ctx, v, true);
    pickDense(dense.list);
  }
  return candidates;
}

function suggestFor(ctx: SuggestionContext, v: number, limit: number): ConnectionSuggestionResult[] {
  if (limit <= 0) return [];
  const ids = ctx.ties.ids;
  // T-neighbours of v (excluded), marked with a fresh stamp
  const tiedStamp = ++ctx.stamp.value;
  const tied: number[] = [];
  forEachTieNeighbour(ctx.ties, v, ctx.mark, tiedStamp, (u) => tied.push(u));
  const excluded = new Set<number>(tied);
  excluded.add(v);

  const sparse: SparseEvidence = new Map();
  addCommonPartners(ctx, tied, excluded, sparse);
  addActorInfluence(ctx, v, excluded, sparse);
  const candidates = rankCandidates(ctx, v, limit, excluded, sparse);
  candidates.sort(byScoreThenId(ids));
  return candidates
    .filter((c) => c.score > 0)
    .slice(0, limit)
    .map((c) => ({ initiativeId: ids[c.u]!, score: c.score, reasons: c.reasons }));
}

/** Ranked introductions for any initiative (not only isolates). Throws UnknownInitiativeError. */
export function suggestPartners(
  projection: NetworkProjection,
  initiativeId: string,
  limit = 5,
  context: SuggestionContext = buildSuggestionContext(projection),
): ConnectionSuggestionResult[] {
  const v = context.ties.indexOf.get(initiativeId);
  if (v === undefined) throw new UnknownInitiativeError(initiativeId);
  return suggestFor(context, v, limit);
}

export interface IsolatedOptions {
  region?: string | null;
  theme?: string | null;
  /** suggestions per isolated initiative, default 5 */
  limit?: number;
  context?: SuggestionContext;
}

/** Initiatives with no tie in T (optionally in a region / addressing a theme), by id, each with suggestions. */
export function isolatedInitiatives(
  projection: NetworkProjection,
  options: IsolatedOptions = {},
): IsolationReportResult[] {
  const ctx = options.context ?? buildSuggestionContext(projection);
  const limit = options.limit ?? 5;
  const result: IsolationReportResult[] = [];
  const order = ctx.ties.ids.map((id, v) => ({ id, v })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, v } of order) {
    if (hasTie(ctx.ties, v)) continue;
    const node = projection.initiatives[v]!;
    if (options.region != null && node.region !== options.region) continue;
    if (options.theme != null && !node.themes.includes(options.theme)) continue;
    result.push({ initiativeId: id, suggestions: suggestFor(ctx, v, limit) });
  }
  return result;
}

/**
 * Weakly tied initiatives: exactly one tie in T (pendants; one partner away from isolation), by id,
 * each with the initiative it is tied to and suggested further partners (never that one).
 */
export function weaklyTiedInitiatives(
  projection: NetworkProjection,
  options: IsolatedOptions = {},
): WeakTieReportResult[] {
  const ctx = options.context ?? buildSuggestionContext(projection);
  const limit = options.limit ?? 5;
  const result: WeakTieReportResult[] = [];
  const order = ctx.ties.ids.map((id, v) => ({ id, v })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, v } of order) {
    const node = projection.initiatives[v]!;
    if (options.region != null && node.region !== options.region) continue;
    if (options.theme != null && !node.themes.includes(options.theme)) continue;
    if (!hasTie(ctx.ties, v)) continue;
    const neighbours: number[] = [];
    forEachTieNeighbour(ctx.ties, v, ctx.mark, ++ctx.stamp.value, (u) => {
      if (neighbours.length < 2) neighbours.push(u);
    });
    if (neighbours.length !== 1) continue;
    result.push({ initiativeId: id, tiedToId: ctx.ties.ids[neighbours[0]!]!, suggestions: suggestFor(ctx, v, limit) });
  }
  return result;
}
