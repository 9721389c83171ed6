/**
 * The figures of a period for the coordinators' overview and region report (pure, over the
 * analytics projection; unit-tested without a database).
 *
 * A period is [from, to] (YYYY-MM-DD, inclusive). Its two ends are the network as of the day
 * before `from` ("start") and as of `to` ("end"), by the engine's as-of rule (timeline.ts), with
 * undated initiatives counted as present throughout, so they never show as change.
 *
 * - counts at both ends: initiatives, amplifications, ties' components of T and isolated
 *   initiatives (no tie in T at all);
 * - per region at both ends: initiatives, isolated initiatives, components of T restricted to the
 *   region (an isolated initiative counts as one);
 * - amplifications dated in the period, per month and mode (with a region: those with an end in it);
 * - cascades that grew in the period: roots as of the end (no incoming amplification), size at
 *   the end and at the start (0 when the root was not there yet), joined = the difference; the
 *   largest by size at the end, the fastest by initiatives joined in the period.
 */
import type { AmplificationMode } from '../../../domain/network.types.js';
import { buildAmplificationIndex, listCascades } from '../../analytics/engine/cascade.js';
import { UnionFind } from '../../analytics/engine/core/union-find.js';
import type { NetworkProjection } from '../../analytics/engine/projection.js';
import { projectionAsOf } from '../../analytics/engine/timeline.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A date (YYYY-MM-DD) moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The newest date the data records (a start, an amplification, an involvement), not after `today`; null when none. */
export function newestDate(projection: NetworkProjection, today: string): string | null {
  let newest: string | null = null;
  const see = (d: string | null) => {
    if (d !== null && DATE.test(d) && d <= today && (newest === null || d > newest)) newest = d;
  };
  for (const i of projection.initiatives) see(i.startedOn);
  for (const e of projection.amplifications) see(e.on);
  for (const e of projection.involvements) see(e.since);
  return newest;
}

/** The calendar years with a start or an amplification, newest first. */
export function dataYears(projection: NetworkProjection, today: string): number[] {
  const years = new Set<number>();
  const see = (d: string | null) => {
    if (d !== null && DATE.test(d) && d <= today) years.add(Number(d.slice(0, 4)));
  };
  for (const i of projection.initiatives) see(i.startedOn);
  for (const e of projection.amplifications) see(e.on);
  return [...years].sort((a, b) => b - a);
}

export type PeriodChoice = { days: number } | { year: number };

/** The period chosen: the last `days` days up to the data's newest date (today without data), or a calendar year. */
export function resolvePeriod(
  choice: PeriodChoice,
  newest: string | null,
  today: string,
): { from: string; to: string } {
  if ('year' in choice) {
    const y = String(choice.year).padStart(4, '0');
    return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
  const to = newest ?? today;
  return { from: addDays(to, 1 - choice.days), to };
}

export interface Counts {
  /** the date the counts are as of */
  asOf: string;
  initiatives: number;
  amplifications: number;
  isolated: number;
  components: number;
  largestComponent: number;
}

export interface RegionCounts {
  initiatives: number;
  isolated: number;
  components: number;
}

export interface Snapshot {
  counts: Counts;
  regions: Map<string, RegionCounts>;
}

/** Counts and per-region counts of the network as of a date (see the file header). */
export function snapshot(projection: NetworkProjection, date: string): Snapshot {
  const then = projectionAsOf(projection, date, { includeUndated: true });
  const n = then.initiatives.length;
  const index = new Map(then.initiatives.map((i, k) => [i.id, k]));
  const regionOf = then.initiatives.map((i) => i.region || null);
  const overall = new UnionFind(n);
  const regional = new UnionFind(n);
  const tied = new Uint8Array(n);
  const join = (u: number, v: number) => {
    if (u === v) return;
    tied[u] = 1;
    tied[v] = 1;
    overall.union(u, v);
    if (regionOf[u] !== null && regionOf[u] === regionOf[v]) regional.union(u, v);
  };
  for (const e of then.amplifications) {
    const u = index.get(e.from);
    const v = index.get(e.to);
    if (u !== undefined && v !== undefined) join(u, v);
  }
  const byActor = new Map<string, number[]>();
  for (const e of then.involvements) {
    const i = index.get(e.initiativeId);
    if (i === undefined) continue;
    const list = byActor.get(e.actorId) ?? [];
    if (!list.includes(i)) list.push(i);
    byActor.set(e.actorId, list);
  }
  for (const list of byActor.values()) for (let k = 1; k < list.length; k++) join(list[0]!, list[k]!);
  return {
    counts: {
      asOf: date,
      initiatives: n,
      amplifications: then.amplifications.length,
      isolated: n - tied.reduce((s, t) => s + t, 0),
      components: n === 0 ? 0 : overall.count,
      largestComponent: n === 0 ? 0 : overall.largest,
    },
    regions: regionCounts(regionOf, tied, regional),
  };
}

function regionCounts(regionOf: (string | null)[], tied: Uint8Array, regional: UnionFind): Map<string, RegionCounts> {
  const roots = new Map<string, Set<number>>();
  const regions = new Map<string, RegionCounts>();
  regionOf.forEach((region, i) => {
    if (region === null) return;
    const r = regions.get(region) ?? { initiatives: 0, isolated: 0, components: 0 };
    r.initiatives += 1;
    if (tied[i] === 0) r.isolated += 1;
    regions.set(region, r);
    const set = roots.get(region) ?? new Set<number>();
    set.add(regional.find(i));
    roots.set(region, set);
  });
  for (const [region, r] of regions) r.components = roots.get(region)?.size ?? 0;
  return regions;
}

export interface ModeMonth {
  /** YYYY-MM */
  month: string;
  deepening: number;
  broadening: number;
  spreading: number;
}

const MODE_KEY: Record<AmplificationMode, 'deepening' | 'broadening' | 'spreading'> = {
  DEEPENING: 'deepening',
  BROADENING: 'broadening',
  SPREADING: 'spreading',
};

/** Amplifications dated in [from, to], per month (every month of the period, empty ones too) and mode. */
export function modesByMonth(
  projection: NetworkProjection,
  from: string,
  to: string,
  region: string | null = null,
): ModeMonth[] {
  const months: ModeMonth[] = [];
  const at = new Map<string, ModeMonth>();
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) {
    const row = { month: m, deepening: 0, broadening: 0, spreading: 0 };
    months.push(row);
    at.set(m, row);
  }
  const regionOf = new Map(projection.initiatives.map((i) => [i.id, i.region]));
  for (const e of projection.amplifications) {
    if (e.on === null || e.on < from || e.on > to) continue;
    if (region !== null && regionOf.get(e.from) !== region && regionOf.get(e.to) !== region) continue;
    const row = at.get(e.on.slice(0, 7));
    if (row) row[MODE_KEY[e.mode]] += 1;
  }
  return months;
}

export interface PeriodCascade {
  rootId: string;
  size: number;
  sizeAtStart: number;
  /** initiatives that joined in the period (size − sizeAtStart) */
  joined: number;
  depth: number;
  regionsReached: number;
}

/** The cascades that grew in [from, to] (root in `region` when given): largest at the end and fastest growing, `first` each. */
export function periodCascades(
  projection: NetworkProjection,
  from: string,
  to: string,
  options: { region?: string | null; first: number },
): { largest: PeriodCascade[]; fastest: PeriodCascade[] } {
  const all = Number.MAX_SAFE_INTEGER;
  const list = (date: string, minSize: number) => {
    const then = projectionAsOf(projection, date, { includeUndated: true });
    return listCascades(buildAmplificationIndex(then), then, {
      sortBy: 'SIZE',
      first: all,
      minSize,
      region: options.region ?? null,
    });
  };
  const atStart = new Map(list(addDays(from, -1), 1).map((c) => [c.rootId, c.size]));
  const grown: PeriodCascade[] = list(to, 2)
    .map((c) => {
      const sizeAtStart = atStart.get(c.rootId) ?? 0;
      return {
        rootId: c.rootId,
        size: c.size,
        sizeAtStart,
        joined: c.size - sizeAtStart,
        depth: c.depth,
        regionsReached: c.regionsReached,
      };
    })
    .filter((c) => c.joined > 0);
  const byId = (a: PeriodCascade, b: PeriodCascade) => (a.rootId < b.rootId ? -1 : a.rootId > b.rootId ? 1 : 0);
  const largest = [...grown].sort((a, b) => b.size - a.size || b.joined - a.joined || byId(a, b));
  const fastest = [...grown].sort((a, b) => b.joined - a.joined || b.size - a.size || byId(a, b));
  return { largest: largest.slice(0, options.first), fastest: fastest.slice(0, options.first) };
}

export interface RegionPeriod {
  region: string;
  start: RegionCounts;
  end: RegionCounts;
}

export interface PeriodFigures {
  from: string;
  to: string;
  region: string | null;
  start: Counts;
  end: Counts;
  modesByMonth: ModeMonth[];
  /** every region with initiatives at either end (or the one asked for), by name */
  regions: RegionPeriod[];
  largestCascades: PeriodCascade[];
  fastestCascades: PeriodCascade[];
}

const NO_REGION: RegionCounts = { initiatives: 0, isolated: 0, components: 0 };

/** Everything the overview (or a region's report) shows for a period; see the file header. */
export function periodFigures(
  projection: NetworkProjection,
  options: { from: string; to: string; region?: string | null; cascades?: number },
): PeriodFigures {
  const { from, to } = options;
  const region = options.region ?? null;
  const start = snapshot(projection, addDays(from, -1));
  const end = snapshot(projection, to);
  const names = region !== null ? [region] : [...new Set([...start.regions.keys(), ...end.regions.keys()])].sort();
  const cascades = periodCascades(projection, from, to, { region, first: options.cascades ?? 5 });
  return {
    from,
    to,
    region,
    start: start.counts,
    end: end.counts,
    modesByMonth: modesByMonth(projection, from, to, region),
    regions: names.map((name) => ({
      region: name,
      start: start.regions.get(name) ?? NO_REGION,
      end: end.regions.get(name) ?? NO_REGION,
    })),
    largestCascades: cascades.largest,
    fastestCascades: cascades.fastest,
  };
}
