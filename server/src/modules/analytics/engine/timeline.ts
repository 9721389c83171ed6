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
 * steps at the 100k demo, O(n) memory); components use the engine's union-find
 * (core/union-find.ts) incrementally on a bipartite graph (initiatives + actor nodes, one actor
 * node per region for the per-region graphs), linear in the input.
 *
 * {@link networkSeries} runs in named steps: the frame (periods, regions, start times), the
 * timed links (amplifications and involvements with the moment they hold), then per period the
 * initiatives, the first tie of each initiative, the distinct ties, and the components.
 */
import { UnionFind } from './core/union-find.js';
import { incidence, type Incidence } from './graphs.js';
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

const maxDate = (a: string, b: string | null): string => (b !== null && b > a ? b : a);
const START = '0000-01-01';

/** What every step of networkSeries shares: the periods, the regions, each initiative's start. */
interface Frame {
  kind: Period;
  inc: Incidence;
  n: number;
  /** start time per initiative ('' = never present) */
  start: string[];
  periods: Periods;
  /** number of periods */
  np: number;
  regionNames: string[];
  /** region number per initiative, −1 for none */
  regionOf: number[];
  /** number of regions; row R of the per-period tables is the whole network */
  R: number;
}

/** period of a date: events before the first period count in period 0 */
function slot(frame: Frame, date: string): number {
  return Math.max(0, frame.periods.index(date));
}

function seriesFrame(projection: NetworkProjection, options: SeriesOptions): Frame | null {
  const kind = options.period ?? 'year';
  const inc = incidence(projection);
  const start = projection.initiatives.map((i) => i.startedOn ?? (options.includeUndated ? START : ''));
  const dated = start.filter((s) => s !== '' && s !== START).sort();
  const allDates = [
    ...dated,
    ...projection.amplifications.map((e) => e.on ?? ''),
    ...projection.involvements.map((e) => e.since ?? ''),
  ].filter((d) => d !== '');
  const from = options.from ?? dated[0] ?? allDates.sort()[0];
  const to = options.to ?? allDates.reduce((a, b) => (b > a ? b : a), from ?? '');
  if (from === undefined || to === undefined || to < from) return null;
  const P = periods(kind, from, to);
  const regionNames = [...new Set(projection.initiatives.map((i) => i.region).filter((r): r is string => !!r))].sort();
  const regionIndex = new Map(regionNames.map((r, k) => [r, k]));
  const regionOf = projection.initiatives.map((i) => (i.region ? regionIndex.get(i.region)! : -1));
  return {
    kind,
    inc,
    n: inc.initiativeIds.length,
    start,
    periods: P,
    np: P.labels.length,
    regionNames,
    regionOf,
    R: regionNames.length,
  };
}

interface TimedLinks {
  /** amplifications between present initiatives, at max(start u, start v, on) */
  amplAt: { u: number; v: number; t: string }[];
  /** per actor: its present initiatives, each at max(start i, since) */
  actorActs: { i: number; t: string }[][];
}

function timedLinks(projection: NetworkProjection, frame: Frame): TimedLinks {
  const { inc, start } = frame;
  const amplAt: TimedLinks['amplAt'] = [];
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
  const actorActs = inc.byActor.map((inis, a) =>
    inis.filter((i) => start[i] !== '').map((i) => ({ i, t: involvedAt(a, i) })),
  );
  return { amplAt, actorActs };
}

/** per-period increments, [region k or the whole network (k = R)] × period */
class Increments {
  readonly values: Float64Array;
  constructor(private readonly frame: Frame) {
    this.values = new Float64Array((frame.R + 1) * frame.np);
  }
  at(k: number, p: number): number {
    return this.values[k * this.frame.np + p]!;
  }
  /** one more at period p, overall and (region ≥ 0) in the region */
  bump(region: number, p: number): void {
    if (p >= this.frame.np) return;
    this.values[this.frame.R * this.frame.np + p]!++;
    if (region >= 0) this.values[region * this.frame.np + p]!++;
  }
}

function addedInitiatives(frame: Frame): Increments {
  const added = new Increments(frame);
  for (let i = 0; i < frame.n; i++)
    if (frame.start[i] !== '') added.bump(frame.regionOf[i]!, slot(frame, frame.start[i]!));
  return added;
}

/** initiatives that got their first tie, by period (an initiative is an isolate until then) */
function addedTied(frame: Frame, links: TimedLinks): Increments {
  const firstTie: string[] = new Array<string>(frame.n).fill('');
  const earlier = (i: number, t: string): void => {
    if (firstTie[i] === '' || t < firstTie[i]!) firstTie[i] = t;
  };
  for (const { u, v, t } of links.amplAt) {
    earlier(u, t);
    earlier(v, t);
  }
  for (const acts of links.actorActs) {
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
  const added = new Increments(frame);
  for (let i = 0; i < frame.n; i++) if (firstTie[i] !== '') added.bump(frame.regionOf[i]!, slot(frame, firstTie[i]!));
  return added;
}

/** distinct ties with their earliest time, by period: row by row with a marker array (see header) */
function addedTies(frame: Frame, links: TimedLinks): Increments {
  const { n, start, regionOf, R, np } = frame;
  const added = new Increments(frame);
  const stamp = new Int32Array(n).fill(-1);
  const best: string[] = new Array<string>(n).fill('');
  const amplByNode: { j: number; t: string }[][] = Array.from({ length: n }, () => []);
  for (const { u, v, t } of links.amplAt) {
    amplByNode[u]!.push({ j: v, t });
    amplByNode[v]!.push({ j: u, t });
  }
  const actorsOf: { a: number; t: string }[][] = Array.from({ length: n }, () => []);
  links.actorActs.forEach((acts, a) => {
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
    for (const { a, t } of actorsOf[u]!) for (const x of links.actorActs[a]!) offer(x.i, maxDate(t, x.t));
    for (const j of touched) {
      const p = slot(frame, best[j]!);
      if (p >= np) continue;
      added.values[R * np + p]!++;
      const ru = regionOf[u]!;
      if (ru >= 0 && ru === regionOf[j]) added.values[ru * np + p]!++;
    }
  }
  return added;
}

/**
 * A component event: an initiative appears (kind 0), or a link joins x to y (kind 1). For an
 * amplification y is the other initiative and region their shared region (or −1); for an
 * involvement y < 0 encodes the actor node n + a as −(n + a) − 1 and region is the node of
 * (actor, region of x) in the regional union-find (or −1).
 */
type Ev = { kind: 0 | 1; x: number; y: number; region: number };

/** component events by period, adds before unions within a period; and the number of (actor, region) nodes */
function componentEvents(frame: Frame, links: TimedLinks): { buckets: Ev[][]; actorRegionNodes: number } {
  const { n, start, regionOf, np } = frame;
  const buckets: Ev[][] = Array.from({ length: np }, () => []);
  const put = (t: string, ev: Ev): void => {
    const p = slot(frame, t);
    if (p < np) buckets[p]!.push(ev);
  };
  for (let i = 0; i < n; i++) if (start[i] !== '') put(start[i]!, { kind: 0, x: i, y: -1, region: regionOf[i]! });
  for (const { u, v, t } of links.amplAt) {
    put(t, { kind: 1, x: u, y: v, region: regionOf[u] === regionOf[v] ? regionOf[u]! : -1 });
  }
  const actorRegionNode = new Map<string, number>();
  links.actorActs.forEach((acts, a) => {
    for (const { i, t } of acts) {
      const r = regionOf[i]!;
      let node = -1;
      if (r >= 0) {
        const key = `${a}:${r}`;
        node = actorRegionNode.get(key) ?? n + actorRegionNode.size;
        actorRegionNode.set(key, node);
      }
      put(t, { kind: 1, x: i, y: -(n + a) - 1, region: node });
    }
  });
  return { buckets, actorRegionNodes: actorRegionNode.size };
}

/** components and largest component per region (k < R) and overall (k = R), kept up to date period by period */
class ComponentCounts {
  readonly components: Int32Array;
  readonly largest: Int32Array;
  /** initiatives 0..n-1, actor a at n + a; weight 0 until an initiative appears */
  private readonly overall: UnionFind;
  /** initiatives, then one node per (actor, region) */
  private readonly regional: UnionFind;

  constructor(
    private readonly frame: Frame,
    actorRegionNodes: number,
  ) {
    this.components = new Int32Array(frame.R + 1);
    this.largest = new Int32Array(frame.R + 1);
    this.overall = new UnionFind(frame.n + frame.inc.actorIds.length, 0);
    this.regional = new UnionFind(frame.n + actorRegionNodes, 0);
  }

  private join(uf: UnionFind, k: number, x: number, y: number): void {
    if (uf.union(x, y)) this.components[k]!--;
    this.largest[k] = Math.max(this.largest[k]!, uf.sizeOf(x));
  }

  apply(evs: readonly Ev[]): void {
    const R = this.frame.R;
    for (const ev of evs) {
      if (ev.kind !== 0) continue;
      this.overall.activate(ev.x);
      this.regional.activate(ev.x);
      for (const k of ev.region >= 0 ? [R, ev.region] : [R]) {
        this.components[k]!++;
        this.largest[k] = Math.max(this.largest[k]!, 1);
      }
    }
    for (const ev of evs) {
      if (ev.kind !== 1) continue;
      if (ev.y >= 0) {
        // amplification x–y; ev.region = shared region or −1
        this.join(this.overall, R, ev.x, ev.y);
        if (ev.region >= 0) this.join(this.regional, ev.region, ev.x, ev.y);
      } else {
        // involvement: initiative x with its actor node; ev.region = the (actor, region) node
        this.join(this.overall, R, ev.x, -ev.y - 1);
        const r = this.frame.regionOf[ev.x]!;
        if (ev.region >= 0 && r >= 0) this.join(this.regional, r, ev.x, ev.region);
      }
    }
  }
}

function periodRow(
  frame: Frame,
  p: number,
  initiatives: number,
  ties: number,
  tied: number,
  c: ComponentCounts,
  k: number,
): PeriodStats {
  const isolates = initiatives - tied;
  return {
    period: frame.periods.labels[p]!,
    asOf: frame.periods.ends[p]!,
    initiatives,
    ties,
    isolates,
    isolateShare: initiatives > 0 ? isolates / initiatives : 0,
    components: c.components[k]!,
    largestComponent: c.largest[k]!,
    largestShare: initiatives > 0 ? c.largest[k]! / initiatives : 0,
    density: initiatives > 1 ? ties / ((initiatives * (initiatives - 1)) / 2) : 0,
  };
}

/** Monthly or yearly network-health series, overall and per region (see the file header). */
export function networkSeries(projection: NetworkProjection, options: SeriesOptions = {}): NetworkSeries {
  const frame = seriesFrame(projection, options);
  if (frame === null) return { period: options.period ?? 'year', overall: [], byRegion: {} };
  const { R, np } = frame;
  const links = timedLinks(projection, frame);
  const initiatives = addedInitiatives(frame);
  const tied = addedTied(frame, links);
  const ties = addedTies(frame, links);
  const { buckets, actorRegionNodes } = componentEvents(frame, links);
  const counts = new ComponentCounts(frame, actorRegionNodes);
  const cumInit = new Float64Array(R + 1);
  const cumTies = new Float64Array(R + 1);
  const cumTied = new Float64Array(R + 1);
  const rows: PeriodStats[][] = Array.from({ length: R + 1 }, () => []);
  for (let p = 0; p < np; p++) {
    counts.apply(buckets[p]!);
    for (let k = 0; k <= R; k++) {
      cumInit[k]! += initiatives.at(k, p);
      cumTies[k]! += ties.at(k, p);
      cumTied[k]! += tied.at(k, p);
      rows[k]!.push(periodRow(frame, p, cumInit[k]!, cumTies[k]!, cumTied[k]!, counts, k));
    }
  }
  const byRegion: Record<string, PeriodStats[]> = {};
  frame.regionNames.forEach((name, k) => (byRegion[name] = rows[k]!));
  return { period: frame.kind, overall: rows[R]!, byRegion };
}
