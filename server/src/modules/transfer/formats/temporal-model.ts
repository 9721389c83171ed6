/**
 * The network in time, for the temporal exports (dynamic GEXF, the netdiffuseR table, as-of waves):
 * when each initiative joined, when each tie of T began, periods, and each initiative's cascade root.
 * The rules are those of "the network as of a date" (docs/metrics.md): an initiative exists from its
 * `startedOn`; an involvement or influence from its `since` (unknown = as long as its ends exist);
 * an amplification from its `on` (undated = once both ends exist). An involvement's `until` ends
 * its spell in the dynamic GEXF; like the as-of series, T's ties ignore it (see metrics.md, Limits).
 */
import type { IsoDate, NetworkInput } from '../../../domain/network.types.js';

export type Period = 'year' | 'month';

/** The later of two dates, an unknown one (null) leaving the other. */
export function laterOf(a: IsoDate | null | undefined, b: IsoDate | null | undefined): IsoDate | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

/** The period a date falls in: `2015` or `2015-03`. */
export function periodOf(date: IsoDate, period: Period): string {
  return period === 'year' ? date.slice(0, 4) : date.slice(0, 7);
}

/** The last day of a period (`2015` → 2015-12-31, `2015-02` → 2015-02-28). */
export function periodEnd(label: string, period: Period): IsoDate {
  if (period === 'year') return `${label}-12-31`;
  const [y, m] = label.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${label}-${String(last).padStart(2, '0')}`;
}

/** Every period from the first to the last label, in order (at most `max`; the last ones kept). */
export function periodRange(first: string, last: string, period: Period, max = 600): string[] {
  const out: string[] = [];
  let [y, m] = period === 'year' ? [Number(first), 1] : (first.split('-').map(Number) as [number, number]);
  for (;;) {
    const label = period === 'year' ? String(y) : `${y}-${String(m).padStart(2, '0')}`;
    if (label > last) break;
    out.push(label);
    if (period === 'year') y += 1;
    else if (m === 12) [y, m] = [y + 1, 1];
    else m += 1;
  }
  return out.slice(-max);
}

/** A tie of T with how it came about and since when it exists (null: an end has no start date). */
export interface TimedTie {
  a: string;
  b: string;
  /** AMPLIFIES when an amplification joins them, else SHARED_ACTOR */
  via: 'AMPLIFIES' | 'SHARED_ACTOR';
  /** an actor behind the earliest shared-actor tie, for SHARED_ACTOR */
  actorId: string | null;
  since: IsoDate | null;
}

/**
 * T's ties with the date each began: the earliest over what ties the pair (each amplification, each
 * shared actor) of the day all it needs existed. An initiative without `startedOn` gives its ties
 * no date. Pairs come out with a < b, sorted. Throws RangeError beyond `maxTies`.
 */
export function timedTies(input: NetworkInput, maxTies = 5_000_000): TimedTie[] {
  const started = new Map<string, IsoDate | null>((input.initiatives ?? []).map((i) => [i.id, i.startedOn ?? null]));
  const ties = new Map<string, TimedTie>();
  const offer = (x: string, y: string, via: TimedTie['via'], actorId: string | null, date: IsoDate | null) => {
    if (x === y || !started.has(x) || !started.has(y)) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const sx = started.get(x);
    const sy = started.get(y);
    const since = sx && sy ? laterOf(laterOf(sx, sy), date) : null;
    const key = `${a}\u0000${b}`;
    const known = ties.get(key);
    if (!known) {
      if (ties.size >= maxTies) throw new RangeError(`T has more than ${maxTies} ties: filter the export`);
      ties.set(key, { a, b, via, actorId, since });
      return;
    }
    const earlier = since !== null && (known.since === null || since < known.since);
    if (via === 'AMPLIFIES' && known.via !== 'AMPLIFIES') Object.assign(known, { via, actorId: null });
    if (earlier) known.since = since;
  };
  for (const m of input.amplifications ?? [])
    offer(m.fromInitiativeId, m.toInitiativeId, 'AMPLIFIES', null, m.on ?? null);
  const byActor = new Map<string, { id: string; since: IsoDate | null }[]>();
  for (const v of input.involvements ?? []) {
    if (!started.has(v.initiativeId)) continue;
    const list = byActor.get(v.actorId) ?? [];
    list.push({ id: v.initiativeId, since: v.since ?? null });
    byActor.set(v.actorId, list);
  }
  for (const [actorId, list] of byActor) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        offer(list[i]!.id, list[j]!.id, 'SHARED_ACTOR', actorId, laterOf(list[i]!.since, list[j]!.since));
      }
    }
  }
  return [...ties.values()].sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
}

/** An initiative's cascade: the root (no incoming amplification) nearest to it along A, and how far. */
export interface CascadeMembership {
  rootId: string;
  generation: number;
}

/**
 * Each initiative's cascade root: of the roots that reach it along A (the export's amplifications),
 * the nearest, ties by root id. A root is its own (generation 0); an initiative reached only
 * through a cycle no root leads into has none.
 */
export function cascadeRoots(input: NetworkInput): Map<string, CascadeMembership> {
  const ids = new Set((input.initiatives ?? []).map((i) => i.id));
  const out = new Map<string, string[]>();
  const hasIn = new Set<string>();
  for (const m of input.amplifications ?? []) {
    if (!ids.has(m.fromInitiativeId) || !ids.has(m.toInitiativeId) || m.fromInitiativeId === m.toInitiativeId) continue;
    out.set(m.fromInitiativeId, [...(out.get(m.fromInitiativeId) ?? []), m.toInitiativeId]);
    hasIn.add(m.toInitiativeId);
  }
  const roots = [...ids].filter((id) => !hasIn.has(id)).sort();
  const best = new Map<string, CascadeMembership>();
  for (const root of roots) {
    const seen = new Map<string, number>([[root, 0]]);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      const d = seen.get(u)!;
      const known = best.get(u);
      // roots come in id order: a nearer root replaces, an equally near later one does not
      if (!known || d < known.generation) best.set(u, { rootId: root, generation: d });
      for (const v of out.get(u) ?? []) {
        if (!seen.has(v)) {
          seen.set(v, d + 1);
          queue.push(v);
        }
      }
    }
  }
  return best;
}
