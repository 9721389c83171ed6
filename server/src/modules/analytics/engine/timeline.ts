/**
 * The network over time (pure).
 *
 * As of a date D (inclusive, ISO strings compare as dates):
 *  - initiatives with startedOn ≤ D (undated initiatives are left out unless `includeUndated`,
 *    in which case they count as present from the start);
 *  - amplifications with both ends present and on ≤ D, or no date;
 *  - involvements of a present initiative with since ≤ D, or no since;
 *  - all actors, all influences (the projection carries no influence dates), barriers of present
 *    initiatives.
 *
 * Series per month or year, overall and per region, from cumulative counts and union-find
 * (no T is materialised):
 *  - initiatives       present at the period's end
 *  - ties              edges of T (overall) / of T induced on the region's initiatives
 *  - isolates          initiatives with no tie in T at all (as isolatedInitiatives(region)), share
 *  - components        of T / of T induced on the region; largest and its share
 *  - density           ties / C(initiatives, 2)
 * A tie u–v appears at the earliest moment one of its reasons holds: an amplification at
 * max(start u, start v, on); a shared actor a at max(start u, start v, since(a,u), since(a,v)).
 * Counting distinct ties enumerates each actor's initiative pairs once (Σ_a C(deg a, 2), ≈26M
 * steps at the 100k demo, O(n) memory); components use a bipartite union-find (initiatives +
 * actor nodes, one actor node per region for the per-region graphs), linear in the input.
 */
import { incidence } from './graphs.js';
import type { NetworkProjection } from './projection.js';

export interface AsOfOptions {
  /** count initiatives without startedOn as present from the start (default false) */
  includeUndated?: boolean;
}

/** The network as of `date` (YYYY-MM-DD, inclusive); see the file header. */
export function projectionAsOf(
  projection: NetworkProjection,
  date: string,
  options: AsOfOptions = {},
): NetworkProjection {
  const initiatives = projection.initiatives.filter((i) =>
    i.startedOn === null ? options.includeUndated === true : i.startedOn <= date,
  );
  const present = new Set(initiatives.map((i) => i.id));
  return {
    initiatives,
    actors: projection.actors,
    amplifications: projection.amplifications.filter(
      (e) => present.has(e.from) && present.has(e.to) && (e.on === null || e.on <= date),
    ),
    involvements: projection.involvements.filter(
      (e) => present.has(e.initiativeId) && (e.since === null || e.since <= date),
    ),
    influences: projection.influences,
    barriers: projection.barriers.filter((b) => present.has(b.initiativeId)),
  };
}

// ---------------------------------------------------------------- series

export type Period = 'month' | 'year';

export interface SeriesOptions extends AsOfOptions {
  period?: Period;
  /** first period contains this date; default: the earliest start date */
  from?: string;
  /** last period contains this date; default: the latest date in the projection */
  to?: string;
}

export interface PeriodStats {
  /** YYYY-MM or YYYY */
  period: string;
  /** last day of the period: the stats are the network as of this date */
  asOf: string;
  initiatives: number;
  ties: number;
  isolates: number;
  /** isolates / initiatives (0 when there are none) */
  isolateShare: number;
  components: number;
  largestComponent: number;
  /** largestComponent / initiatives (0 when there are none) */
  largestShare: number;
  /** ties / C(initiatives, 2) (0 below two initiatives) */
  density: number;
}

export interface NetworkSeries {
  period: Period;
  overall: PeriodStats[];
  /** per non-empty region, every period (regions sorted) */
  byRegion: Record<string, PeriodStats[]>;
}

interface Periods {
  labels: string[];
  ends: string[];
  /** period index of a date: −1 before the first, labels.length after the last */
  index: (date: string) => number;
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function periods(kind: Period, from: string, to: string): Periods {
  const y0 = Number(from.slice(0, 4));
  const m0 = Number(from.slice(5, 7));
  const pos = (d: string): number =>
    kind === 'year' ? Number(d.slice(0, 4)) - y0 : (Number(d.slice(0, 4)) - y0) * 12 + (Number(d.slice(5, 7)) - m0);
  const count = Math.max(0, pos(to) + 1);
  const labels: string[] = [];
  const ends: string[] = [];
  for (let p = 0; p < count; p++) {
    if (kind === 'year') {
      labels.push(String(y0 + p).padStart(4, '0'));
      ends.push(`${String(y0 + p).padStart(4, '0')}-12-31`);
    } else {
      const y = y0 + Math.floor((m0 - 1 + p) / 12);
      const m = ((m0 - 1 + p) % 12) + 1;
      const label = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
      labels.push(label);
      ends.push(`${label}-${String(lastDayOfMonth(y, m)).padStart(2, '0')}`);
    }
  }
  return { labels, ends, index: (d) => Math.max(-1, Math.min(count, pos(d))) };
}

/** union-find whose sets count the initiatives (not actor nodes) they contain */
class ComponentTracker {
  private readonly parent: Int32Array;
  private readonly initiatives: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
    this.initiatives = new Int32Array(size);
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  /** an initiative node becomes present (it is a singleton until then) */
  activate(x: number): void {
    this.initiatives[this.find(x)]!++;
  }

  /** returns [merged two initiative-holding sets?, initiatives in the merged set] */
  union(a: number, b: number): [boolean, number] {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return [false, this.initiatives[ra]!];
    const ca = this.initiatives[ra]!;
    const cb = this.initiatives[rb]!;
    this.parent[rb] = ra;
    this.initiatives[ra] = ca + cb;
    return [ca > 0 && cb > 0, ca + cb];
  }
}

const maxDate = (a: string, b: string | null): string => (b !== null && b > a ? b : a);

/** Monthly or yearly network-health series, overall and per region (see the file header). */
export function networkSeries(projection: NetworkProjection, options: SeriesOptions = {}): NetworkSeries {
  const kind = options.period ?? 'year';
  const inc = incidence(projection);
  const n = inc.initiativeIds.length;
  const START = '0000-01-01';
  // start time per initiative ('' = never present)
  const start: string[] = projection.initiatives.map((i) => i.startedOn ?? (options.includeUndated ? START : ''));
  const dated = start.filter((s) => s !== '' && s !== START).sort();
  const allDates = [
    ...dated,
    ...projection.amplifications.map((e) => e.on ?? ''),
    ...projection.involvements.map((e) => e.since ?? ''),
  ].filter((d) => d !== '');
  const from = options.from ?? dated[0] ?? allDates.sort()[0];
  const to = options.to ?? allDates.reduce((a, b) => (b > a ? b : a), from ?? '');
  if (from === undefined || to === undefined || to < from) return { period: kind, overall: [], byRegion: {} };
  const P = periods(kind, from, to);
  const np = P.labels.length;
  const slot = (d: string): number => Math.max(0, P.index(d)); // events before `from` count in period 0

  const regionNames = [...new Set(projection.initiatives.map((i) => i.region).filter((r): r is string => !!r))].sort();
  const regionIndex = new Map(regionNames.map((r, k) => [r, k]));
  const regionOf = projection.initiatives.map((i) => (i.region ? regionIndex.get(i.region)! : -1));
  const R = regionNames.length;
  const cell = (k: number, p: number): number => k * np + p;

  // cumulative-by-period increments: [region k or overall (k = R)] × period
  const addedInitiatives = new Int32Array((R + 1) * np);
  const addedTies = new Float64Array((R + 1) * np);
  const addedTied = new Int32Array((R + 1) * np);
  const bump = (arr: Int32Array | Float64Array, region: number, p: number): void => {
    if (p >= np) return;
    arr[cell(R, p)]!++;
    if (region >= 0) arr[cell(region, p)]!++;
  };

  // activation time of each involvement: max(start i, since)
  const amplAt: { u: number; v: number; t: string }[] = [];
  for (const e of projection.amplifications) {
    const u = inc.initiativeIndex.get(e.from);
    const v = inc.initiativeIndex.get(e.to);
    if (u === undefined || v === undefined || u === v || start[u] === '' || start[v] === '') continue;
    amplAt.push({ u, v, t: maxDate(maxDate(start[u]!, start[v]!), e.on) });
  }
  const sinceOf = new Map<string, string | null>();
  for (const e of projection.involvements) {
    const key = `${e.actorId}\u0000${e.initiativeId}`;
    const prev = sinceOf.get(key);
    // a repeated involvement: the earliest since wins (null = always)
    if (prev === undefined || (prev !== null && (e.since === null || e.since < prev))) sinceOf.set(key, e.since);
  }
  const involvedAt = (a: number, i: number): string =>
    maxDate(start[i]!, sinceOf.get(`${inc.actorIds[a]!}\u0000${inc.initiativeIds[i]!}`) ?? null);

  // per actor: its present initiatives with activation times
  const actorActs: { i: number; t: string }[][] = inc.byActor.map((inis, a) =>
    inis.filter((i) => start[i] !== '').map((i) => ({ i, t: involvedAt(a, i) })),
  );

  // initiatives
  for (let i = 0; i < n; i++) if (start[i] !== '') bump(addedInitiatives, regionOf[i]!, slot(start[i]!));

  // first tie time per initiative (isolate until then)
  const firstTie: string[] = new Array<string>(n).fill('');
  const earlier = (i: number, t: string): void => {
    if (firstTie[i] === '' || t < firstTie[i]!) firstTie[i] = t;
  };
  for (const { u, v, t } of amplAt) {
    earlier(u, t);
    earlier(v, t);
  }
  for (const acts of actorActs) {
    if (acts.length < 2) continue;
    // tie time of i through this actor = max(t_i, min_{j≠i} t_j): the two smallest suffice
    let m1 = '';
    let m2 = '';
    for (const { t } of acts) {
      if (m1 === '' || t < m1) [m1, m2] = [t, m1];
      else if (m2 === '' || t < m2) m2 = t;
    }
    for (const { i, t } of acts) earlier(i, maxDate(t, t === m1 ? m2 : m1));
  }
  for (let i = 0; i < n; i++) if (firstTie[i] !== '') bump(addedTied, regionOf[i]!, slot(firstTie[i]!));

  // distinct ties with their earliest time: row by row, marker array (see header)
  {
    const stamp = new Int32Array(n).fill(-1);
    const best: string[] = new Array<string>(n).fill('');
    const amplByNode: { j: number; t: string }[][] = Array.from({ length: n }, () => []);
    for (const { u, v, t } of amplAt) {
      amplByNode[u]!.push({ j: v, t });
      amplByNode[v]!.push({ j: u, t });
    }
    const actorsOf: { a: number; t: string }[][] = Array.from({ length: n }, () => []);
    actorActs.forEach((acts, a) => {
      if (acts.length > 1) for (const { i, t } of acts) actorsOf[i]!.push({ a, t });
    });
    const touched: number[] = [];
    for (let u = 0; u < n; u++) {
      if (start[u] === '') continue;
      touched.length = 0;
      const offer = (j: number, t: string): void => {
        if (j <= u) return;
        if (stamp[j] !== u) {
          stamp[j] = u;
          best[j] = t;
          touched.push(j);
        } else if (t < best[j]!) best[j] = t;
      };
      for (const { j, t } of amplByNode[u]!) offer(j, t);
      for (const { a, t } of actorsOf[u]!) for (const x of actorActs[a]!) offer(x.i, maxDate(t, x.t));
      for (const j of touched) {
        const p = slot(best[j]!);
        if (p >= np) continue;
        addedTies[cell(R, p)]!++;
        const ru = regionOf[u]!;
        if (ru >= 0 && ru === regionOf[j]) addedTies[cell(ru, p)]!++;
      }
    }
  }

  // components: events bucketed by period; adds before unions within a period
  type Ev = { kind: 0 | 1; x: number; y: number; region: number };
  const buckets: Ev[][] = Array.from({ length: np }, () => []);
  const put = (t: string, ev: Ev): void => {
    const p = slot(t);
    if (p < np) buckets[p]!.push(ev);
  };
  for (let i = 0; i < n; i++) if (start[i] !== '') put(start[i]!, { kind: 0, x: i, y: -1, region: regionOf[i]! });
  for (const { u, v, t } of amplAt) {
    put(t, { kind: 1, x: u, y: v, region: regionOf[u] === regionOf[v] ? regionOf[u]! : -1 });
  }
  // overall UF: initiatives 0..n-1, actor a at n + a; regional UF: initiatives, then (actor, region) nodes
  const overall = new ComponentTracker(n + inc.actorIds.length);
  const actorRegionNode = new Map<string, number>();
  actorActs.forEach((acts, a) => {
    for (const { i, t } of acts) {
      const r = regionOf[i]!;
      let node = -1;
      if (r >= 0) {
        const key = `${a}:${r}`;
        node = actorRegionNode.get(key) ?? n + actorRegionNode.size;
        actorRegionNode.set(key, node);
      }
      put(t, { kind: 1, x: i, y: -(n + a) - 1, region: node }); // y < 0: actor node; region: regional node
    }
  });
  const regional = new ComponentTracker(n + actorRegionNode.size);

  const components = new Int32Array(R + 1);
  const largest = new Int32Array(R + 1);
  const cumInit = new Float64Array(R + 1);
  const cumTies = new Float64Array(R + 1);
  const cumTied = new Float64Array(R + 1);
  const rows: PeriodStats[][] = Array.from({ length: R + 1 }, () => []);
  for (let p = 0; p < np; p++) {
    const evs = buckets[p]!;
    for (const ev of evs) {
      if (ev.kind !== 0) continue;
      overall.activate(ev.x);
      regional.activate(ev.x);
      components[R]!++;
      largest[R] = Math.max(largest[R]!, 1);
      if (ev.region >= 0) {
        components[ev.region]!++;
        largest[ev.region] = Math.max(largest[ev.region]!, 1);
      }
    }
    for (const ev of evs) {
      if (ev.kind !== 1) continue;
      const r = regionOf[ev.x]!;
      if (ev.y >= 0) {
        // amplification u–v; ev.region = shared region or −1
        const [merged, size] = overall.union(ev.x, ev.y);
        if (merged) components[R]!--;
        largest[R] = Math.max(largest[R]!, size);
        if (ev.region >= 0) {
          const [m2, s2] = regional.union(ev.x, ev.y);
          if (m2) components[ev.region]!--;
          largest[ev.region] = Math.max(largest[ev.region]!, s2);
        }
      } else {
        // involvement: initiative x with actor node; ev.region = its (actor, region) node
        const [merged, size] = overall.union(ev.x, -ev.y - 1);
        if (merged) components[R]!--;
        largest[R] = Math.max(largest[R]!, size);
        if (ev.region >= 0 && r >= 0) {
          const [m2, s2] = regional.union(ev.x, ev.region);
          if (m2) components[r]!--;
          largest[r] = Math.max(largest[r]!, s2);
        }
      }
    }
    for (let k = 0; k <= R; k++) {
      cumInit[k]! += addedInitiatives[cell(k, p)]!;
      cumTies[k]! += addedTies[cell(k, p)]!;
      cumTied[k]! += addedTied[cell(k, p)]!;
      const nInit = cumInit[k]!;
      const isolates = nInit - cumTied[k]!;
      rows[k]!.push({
        period: P.labels[p]!,
        asOf: P.ends[p]!,
        initiatives: nInit,
        ties: cumTies[k]!,
        isolates,
        isolateShare: nInit > 0 ? isolates / nInit : 0,
        components: components[k]!,
        largestComponent: largest[k]!,
        largestShare: nInit > 0 ? largest[k]! / nInit : 0,
        density: nInit > 1 ? cumTies[k]! / ((nInit * (nInit - 1)) / 2) : 0,
      });
    }
  }
  const byRegion: Record<string, PeriodStats[]> = {};
  regionNames.forEach((name, k) => (byRegion[name] = rows[k]!));
  return { period: kind, overall: rows[R]!, byRegion };
}
