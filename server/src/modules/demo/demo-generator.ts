/**
 * A seeded, deterministic generator of a realistic but clearly SYNTHETIC Dutch regional
 * small-wins network (DOMAIN.md), in the shape of `importNetwork(input:)`.
 *
 * Same seed and size → byte-identical JSON. Everything is O(n) apart from one numeric sort:
 * 10,000 initiatives take about 0.3 s, 100,000 about 2 s (JSON of ~170 MB).
 *
 * How it is built:
 *  1. the amplification structure first: isolates (~6.5%), small islands (~3%: little cascades
 *     whose actors work nowhere else, so they form their own components of graph T), a few large
 *     cascades (broadcast-like, chain-like, mixed; ≥ 20 initiatives), many small cascades, and the
 *     rest as initiatives without amplification; a child is derived from its parent by the mode:
 *     DEEPENING same region (mostly) and theme, BROADENING another theme in the same or a
 *     neighbouring province, SPREADING the same theme in another province; always later;
 *  2. ids, status, place, outcomes, barriers and the seven characteristics per initiative;
 *  3. actors and involvements in chronological order: government actors are fixed or one per
 *     town, the other kinds come from per-province pools with preferential reuse, so a few
 *     actors become hubs; a follow-up often keeps an actor of its source;
 *  4. influences between actors that work together, and from national to provincial to local.
 */
import {
  AMPLIFICATION_MODES,
  BARRIER_KINDS,
  CHARACTERISTICS,
  MECHANISMS,
  type ActorInput,
  type ActorKind,
  type AmplificationInput,
  type AmplificationMode,
  type BarrierInput,
  type BarrierKind,
  type InfluenceInput,
  type InitiativeInput,
  type InitiativeStatus,
  type InvolvementInput,
  type Mechanism,
  type NetworkInput,
  type OutcomeInput,
  type OutcomeKind,
} from '../../domain/network.types.js';
import {
  ACTOR_NAME_PATTERNS,
  BARRIER_NOTES,
  CHARACTERISTIC_NOTES,
  COINED_PREFIXES,
  COINED_SUFFIXES,
  DEEPENING_SUFFIXES,
  DEMO_PROVINCES,
  DEMO_THEMES,
  ESTATES,
  NATIONAL_ACTORS,
  SURNAMES,
  SYNTHETIC_MARK,
} from './demo-vocabulary.js';

export { DEMO_PROVINCES, DEMO_THEMES } from './demo-vocabulary.js';

/** Size of the demo network loaded into an empty database. */
export const DEMO_DEFAULT_INITIATIVES = 300;
/** Seed used when none is given (Weick's small wins paper is from 1984). */
export const DEMO_DEFAULT_SEED = 1984;
/** Every initiative description starts with this. */
export const DEMO_DESCRIPTION_PREFIX = 'Synthetic demo initiative';
/** First and last possible start date. */
export const DEMO_FIRST_DATE = '2012-01-01';
export const DEMO_LAST_DATE = '2025-12-31';

export interface DemoNetworkOptions {
  /** any finite number; default DEMO_DEFAULT_SEED */
  seed?: number;
  /** number of initiatives, a whole number ≥ 0; default DEMO_DEFAULT_INITIATIVES */
  initiatives?: number;
}

// ---------------------------------------------------------------- randomness

/** mulberry32: tiny, fast and fixed, so output never changes with a library version. */
class Random {
  private state: number;

  constructor(seed: number) {
    // FNV-1a over the seed's text, so 1, 1.5 and -1 all give different streams
    let h = 0x811c9dc5;
    for (const ch of String(seed)) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193);
    }
    this.state = h >>> 0;
    for (let i = 0; i < 4; i++) this.next();
  }

  /** uniform in [0, 1) */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** whole number in [lo, hi] */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  index(length: number): number {
    return Math.floor(this.next() * length);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.index(items.length)] as T;
  }

  /** number rounded to 2 decimals in [lo, hi] */
  round2(lo: number, hi: number): number {
    return Math.round((lo + this.next() * (hi - lo)) * 100) / 100;
  }
}

/** A fixed discrete distribution over indices 0…n-1 (or over given values). */
class Weighted<T = number> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    weights: readonly number[],
    private readonly values?: readonly T[],
  ) {
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
    this.total = sum;
  }

  /** Builds a distribution from a record of value → weight (in insertion order). */
  static of<K extends string>(weights: Partial<Record<K, number>>): Weighted<K> {
    const entries = Object.entries(weights) as [K, number][];
    return new Weighted<K>(
      entries.map(([, w]) => w),
      entries.map(([k]) => k),
    );
  }

  get size(): number {
    return this.cumulative.length;
  }

  indexFrom(rng: Random): number {
    const x = rng.next() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x < (c[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  from(rng: Random): T {
    const i = this.indexFrom(rng);
    return (this.values ? this.values[i] : i) as T;
  }
}

// ---------------------------------------------------------------- calendar

const DAY_MS = 86_400_000;
const FIRST_MS = Date.UTC(2012, 0, 1);
const LAST_DAY = Math.round((Date.UTC(2025, 11, 31) - FIRST_MS) / DAY_MS);
const FIRST_YEAR = 2012;
const LAST_YEAR = 2025;
let dayStrings: string[] | undefined;

/** Day number (0 = 2012-01-01) → YYYY-MM-DD. */
function isoDay(day: number): string {
  dayStrings ??= Array.from({ length: LAST_DAY + 1 }, (_, d) =>
    new Date(FIRST_MS + d * DAY_MS).toISOString().slice(0, 10),
  );
  return dayStrings[Math.max(0, Math.min(LAST_DAY, day))] as string;
}

const yearStart = (year: number): number => Math.round((Date.UTC(year, 0, 1) - FIRST_MS) / DAY_MS);
/** More initiatives start in later years. */
const YEAR_WEIGHTS = new Weighted(Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => 1 + 0.18 * i));
/** initiatives without any amplification are younger on average: many have not had the time */
const RECENT_YEAR_WEIGHTS = new Weighted(Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => 1 + 0.45 * i));

// ---------------------------------------------------------------- model

type ModeIdx = 0 | 1 | 2; // AMPLIFICATION_MODES order
const DEEPENING: ModeIdx = 0;
const BROADENING: ModeIdx = 1;
const SPREADING: ModeIdx = 2;

/** main body, isolated initiative, or member of a small island (a component of its own) */
type Group = 'main' | 'isolate' | 'island';

type Shape = 'broadcast' | 'chain' | 'mixed' | 'small';

interface Involvement {
  actor: number;
  role: string;
  since: number;
}

interface Node {
  region: number;
  town: number;
  /** theme indices, primary first */
  themes: number[];
  day: number;
  group: Group;
  /** island number, or -1 */
  island: number;
  pattern: string;
  baseName: string;
  name: string;
  parent: number;
  parentMode: ModeIdx | -1;
  children: number;
  amplified: boolean;
  id: string;
  status: InitiativeStatus;
  stoppedDay: number;
  involvements: Involvement[];
  barriersFaced: number;
  barriersOvercome: number;
  /** must share an actor with another initiative (main-group initiatives without amplification) */
  mustShare: boolean;
}

interface Edge {
  from: number;
  to: number;
  mode: ModeIdx;
}

interface Actor {
  name: string;
  kind: ActorKind;
  region: number;
  /** number of initiatives it is involved in */
  degree: number;
}

const PRIMARY_MECHANISM: Record<AmplificationMode, Mechanism> = {
  DEEPENING: 'LEARNING_BY_DOING',
  BROADENING: 'PARTNERING',
  SPREADING: 'PROFESSIONALISATION',
};

const MODE_MIX: Record<Shape, Weighted> = {
  broadcast: new Weighted([15, 20, 65]),
  chain: new Weighted([35, 25, 40]),
  mixed: new Weighted([30, 30, 40]),
  small: new Weighted([40, 25, 35]),
};

/** lag in days between a source's start and its follow-up's start */
const LAG: Record<Shape, [number, number]> = {
  broadcast: [30, 2400],
  chain: [45, 280],
  mixed: [60, 1400],
  small: [60, 1100],
};

const THEME_INDEX = new Map(DEMO_THEMES.map((theme, i) => [theme.name, i]));
const REGION_INDEX = new Map(DEMO_PROVINCES.map((p, i) => [p.name, i]));
const REGION_WEIGHTS = new Weighted(DEMO_PROVINCES.map((p) => p.population));
const TOTAL_POPULATION = sum(DEMO_PROVINCES.map((p) => p.population));
/** large cascades start more often in the populous provinces */
const LARGE_ROOT_REGION_WEIGHTS = new Weighted(DEMO_PROVINCES.map((p) => p.population ** 1.5));
const THEME_WEIGHTS = new Weighted(DEMO_THEMES.map((theme) => theme.weight));
const RELATED: number[][] = DEMO_THEMES.map((theme) => theme.related.map((name) => THEME_INDEX.get(name) as number));
const NEIGHBOURS: number[][] = DEMO_PROVINCES.map((p) => p.neighbours.map((name) => REGION_INDEX.get(name) as number));
const NEIGHBOUR_WEIGHTS = NEIGHBOURS.map(
  (list) =>
    new Weighted(
      list.map((r) => DEMO_PROVINCES[r]?.population ?? 0),
      list,
    ),
);
const OTHER_REGION_WEIGHTS = DEMO_PROVINCES.map((_, self) => {
  const others = DEMO_PROVINCES.map((_, r) => r).filter((r) => r !== self);
  return new Weighted(
    others.map((r) => DEMO_PROVINCES[r]?.population ?? 0),
    others,
  );
});
const TOWN_WEIGHTS = DEMO_PROVINCES.map((p) => new Weighted(p.towns.map((_, i) => 1 / Math.pow(i + 1, 0.7))));

const POOLED_KINDS: readonly ActorKind[] = [
  'BUSINESS',
  'FARMER',
  'CITIZEN_COLLECTIVE',
  'NGO',
  'KNOWLEDGE_INSTITUTE',
  'EDUCATION',
  'INTERMEDIARY',
  'OTHER',
];
const POOLED_INDEX = new Map(POOLED_KINDS.map((k, i) => [k, i]));
/** relative chance that a draw of this kind makes a new actor rather than reusing one */
const NEW_ACTOR_BIAS: Partial<Record<ActorKind, number>> = {
  CITIZEN_COLLECTIVE: 1.4,
  FARMER: 1.4,
  BUSINESS: 1.1,
  NGO: 0.9,
  OTHER: 1.2,
  EDUCATION: 0.7,
  INTERMEDIARY: 0.5,
  KNOWLEDGE_INSTITUTE: 0.4,
};

const LEAD_KINDS: Record<string, Weighted<ActorKind>> = {
  energy: Weighted.of<ActorKind>({
    CITIZEN_COLLECTIVE: 50,
    BUSINESS: 20,
    MUNICIPALITY: 8,
    INTERMEDIARY: 10,
    NGO: 5,
    OTHER: 7,
  }),
  food: Weighted.of<ActorKind>({ FARMER: 45, CITIZEN_COLLECTIVE: 25, BUSINESS: 15, NGO: 10, EDUCATION: 5 }),
  circular: Weighted.of<ActorKind>({ BUSINESS: 40, CITIZEN_COLLECTIVE: 30, NGO: 15, MUNICIPALITY: 10, EDUCATION: 5 }),
  housing: Weighted.of<ActorKind>({ CITIZEN_COLLECTIVE: 45, OTHER: 20, BUSINESS: 20, MUNICIPALITY: 15 }),
  nature: Weighted.of<ActorKind>({ NGO: 30, CITIZEN_COLLECTIVE: 25, FARMER: 20, WATER_BOARD: 15, MUNICIPALITY: 10 }),
  care: Weighted.of<ActorKind>({ CITIZEN_COLLECTIVE: 40, NGO: 30, OTHER: 20, MUNICIPALITY: 10 }),
  mobility: Weighted.of<ActorKind>({ CITIZEN_COLLECTIVE: 35, BUSINESS: 30, MUNICIPALITY: 20, INTERMEDIARY: 15 }),
  education: Weighted.of<ActorKind>({
    EDUCATION: 50,
    KNOWLEDGE_INSTITUTE: 15,
    BUSINESS: 15,
    NGO: 10,
    CITIZEN_COLLECTIVE: 10,
  }),
};
const PARTNER_KINDS = Weighted.of<ActorKind>({
  MUNICIPALITY: 28,
  BUSINESS: 20,
  CITIZEN_COLLECTIVE: 14,
  NGO: 10,
  INTERMEDIARY: 8,
  FARMER: 5,
  WATER_BOARD: 3,
  EDUCATION: 5,
  KNOWLEDGE_INSTITUTE: 3,
  OTHER: 4,
});
const GREEN_PARTNER_KINDS = Weighted.of<ActorKind>({
  MUNICIPALITY: 22,
  FARMER: 16,
  WATER_BOARD: 16,
  NGO: 14,
  CITIZEN_COLLECTIVE: 12,
  BUSINESS: 10,
  KNOWLEDGE_INSTITUTE: 5,
  EDUCATION: 5,
});
const FUNDER_KINDS = Weighted.of<ActorKind>({
  PROVINCE: 40,
  MUNICIPALITY: 30,
  NATIONAL_GOVERNMENT: 12,
  BUSINESS: 10,
  NGO: 8,
});
const KNOWLEDGE_KINDS = Weighted.of<ActorKind>({ KNOWLEDGE_INSTITUTE: 55, EDUCATION: 30, INTERMEDIARY: 15 });
/** the only kinds an isolate's or an island's own actors have */
const LOCAL_KINDS = Weighted.of<ActorKind>({ CITIZEN_COLLECTIVE: 50, FARMER: 15, BUSINESS: 15, NGO: 12, OTHER: 8 });
const ROLES = Weighted.of<string>({ partner: 55, funder: 25, 'knowledge partner': 20 });
const INVOLVEMENT_COUNT = new Weighted([20, 35, 30, 15], [1, 2, 3, 4]);
const NATIONAL_WEIGHTS = new Weighted(NATIONAL_ACTORS.map((_, i) => 1 / (i + 1)));

/** Share of a parent's actors a follow-up keeps, per mode (DEEPENING, BROADENING, SPREADING). */
const CONTINUITY = [0.6, 0.45, 0.3] as const;

/** Target ratios. */
const ISOLATE_SHARE = 0.065;
const ISLANDS_PER_INITIATIVE = 0.01;
const LARGE_SHARE = 0.3;
const SMALL_SHARE = 0.38;
const ACTORS_PER_INITIATIVE = 0.8;

function padded(prefix: string, n: number, width: number): string {
  return `${prefix}-${String(n).padStart(width, '0')}`;
}

// ---------------------------------------------------------------- the builder

class DemoBuilder {
  private readonly rng: Random;
  private readonly nodes: Node[] = [];
  private readonly regionCount: number[] = DEMO_PROVINCES.map(() => 0);
  private readonly edges: Edge[] = [];
  /** (from, to, mode) as one number: from·2²¹·3 + to·3 + mode (fine up to 2 million initiatives) */
  private readonly edgeKeys = new Set<number>();
  private readonly actors: Actor[] = [];
  private readonly provinceActor: number[] = [];
  private readonly nationalActor: number[] = [];
  private readonly municipality: number[][];
  private readonly waterBoard: number[][];
  /** [region][pooled kind] → actors, and the urn of past involvements for preferential reuse */
  private readonly pools: { actors: number[]; urn: number[] }[][];
  private readonly influences: { from: number; to: number; weight: number; day: number }[] = [];
  private readonly influenceKeys = new Set<number>();
  private processed = 0;
  /** node indices in id order */
  private byId: number[] = [];

  constructor(
    private readonly size: number,
    seed: number,
  ) {
    this.rng = new Random(seed);
    this.municipality = DEMO_PROVINCES.map((p) => p.towns.map(() => -1));
    this.waterBoard = DEMO_PROVINCES.map((p) => p.waterBoards.map(() => -1));
    this.pools = DEMO_PROVINCES.map(() => POOLED_KINDS.map(() => ({ actors: [], urn: [] })));
  }

  build(): NetworkInput {
    if (this.size === 0) {
      return {
        initiatives: [],
        actors: [],
        involvements: [],
        influences: [],
        amplifications: [],
        outcomes: [],
        barriers: [],
      };
    }
    this.buildStructure();
    this.assignIds();
    // chronological order (ties by creation), sorted as numbers: day·2²¹ + index
    const keys = new Float64Array(this.nodes.length);
    this.nodes.forEach((node, i) => (keys[i] = node.day * 2 ** 21 + i));
    keys.sort();
    this.createFixedActors();
    for (const key of keys) this.involve(key % 2 ** 21);
    this.influencesFromCollaboration();

    const byId = this.byId;
    const outcomes: OutcomeInput[] = [];
    const barriers: BarrierInput[] = [];
    for (const i of byId) {
      this.barriersOf(i, barriers);
      this.outcomesOf(i, outcomes);
    }
    const actorWidth = Math.max(6, String(this.actors.length).length);
    const actorIds = this.actors.map((_, a) => padded('act', a + 1, actorWidth));
    const actorId = (a: number) => actorIds[a] as string;

    return {
      initiatives: byId.map((i) => this.initiativeInput(i)),
      actors: this.actors.map((a, i): ActorInput => {
        const row: ActorInput = { id: actorId(i), name: a.name, kind: a.kind };
        if (a.region >= 0) row.region = DEMO_PROVINCES[a.region]?.name ?? null;
        return row;
      }),
      involvements: byId.flatMap((i) => {
        const node = this.node(i);
        return node.involvements.map((inv): InvolvementInput => {
          const row: InvolvementInput = {
            actorId: actorId(inv.actor),
            initiativeId: node.id,
            role: inv.role,
            since: isoDay(inv.since),
          };
          if (node.status === 'STOPPED' && node.stoppedDay >= inv.since) row.until = isoDay(node.stoppedDay);
          return row;
        });
      }),
      influences: this.influences.map((inf): InfluenceInput => ({
        fromActorId: actorId(inf.from),
        toActorId: actorId(inf.to),
        weight: inf.weight,
        since: isoDay(inf.day),
      })),
      amplifications: this.edges.map((e) => this.amplificationInput(e)),
      outcomes,
      barriers,
    };
  }

  private node(i: number): Node {
    return this.nodes[i] as Node;
  }

  // -------------------------------------------------------------- 1. structure

  private buildStructure(): void {
    const n = this.size;
    const rng = this.rng;
    const remaining = () => n - this.nodes.length;

    // large cascades: each at least 20 initiatives where the network is big enough for them
    const largeSizes: number[] = [];
    if (n >= 150) {
      const largeBudget = Math.round(LARGE_SHARE * n);
      const cap = Math.min(300, Math.max(45, Math.round(0.15 * n)));
      while (largeBudget - sum(largeSizes) >= 20) {
        const pareto = Math.floor(20 / Math.pow(1 - rng.next(), 1 / 1.6));
        largeSizes.push(Math.min(pareto, cap, largeBudget - sum(largeSizes)));
      }
    } else if (n >= 40) {
      largeSizes.push(Math.floor(0.3 * n));
    }
    const shapes: Shape[] = ['broadcast', 'chain', 'mixed'];
    largeSizes.forEach((target, k) => {
      const shape = shapes[k % 3] as Shape;
      const root = this.newRoot('main', -1, rng.int(0, shape === 'chain' ? 1095 : 2190), LARGE_ROOT_REGION_WEIGHTS);
      this.grow(root, target, shape, true);
    });

    // small islands: their own actors and amplification only among themselves
    const islands = Math.floor(ISLANDS_PER_INITIATIVE * n);
    for (let k = 0; k < islands && remaining() > 2; k++) {
      const root = this.newRoot('island', k, rng.int(0, LAST_DAY - 500));
      this.grow(root, Math.min(rng.int(2, 4), remaining()), 'small', true);
    }

    const isolates = Math.round(ISOLATE_SHARE * n);
    const smallEnd = this.nodes.length + Math.round(SMALL_SHARE * n);
    // many small cascades (2–8 initiatives, most of them 2 or 3)
    const smallSizes = new Weighted([40, 25, 14, 9, 6, 4, 2], [2, 3, 4, 5, 6, 7, 8]);
    while (this.nodes.length < smallEnd && remaining() - isolates >= 2) {
      const target = Math.min(smallSizes.from(rng), remaining() - isolates, smallEnd - this.nodes.length + 1);
      let day = this.randomDay();
      while (day > LAST_DAY - 120) day = this.randomDay(); // a source needs time to be followed up
      const root = this.newRoot('main', -1, day);
      this.grow(root, target, 'small', false);
    }
    for (let k = 0; k < isolates && remaining() > 0; k++)
      this.newRoot('isolate', -1, this.randomDay(RECENT_YEAR_WEIGHTS));
    while (remaining() > 0) this.newRoot('main', -1, this.randomDay(RECENT_YEAR_WEIGHTS));

    for (const node of this.nodes) node.mustShare = node.group === 'main' && !node.amplified;
  }

  private randomDay(years = YEAR_WEIGHTS): number {
    const year = FIRST_YEAR + years.indexFrom(this.rng);
    const start = yearStart(year);
    const end = year === LAST_YEAR ? LAST_DAY : yearStart(year + 1) - 1;
    return this.rng.int(start, end);
  }

  /**
   * A province for a new root: in proportion to what each province still lacks of its population
   * share, so the follow-ups (which go where their source leads them) do not skew the totals.
   */
  private balancedRegion(): number {
    const lacking = DEMO_PROVINCES.map((p, r) =>
      Math.max(0, (this.size * p.population) / TOTAL_POPULATION - (this.regionCount[r] ?? 0)),
    );
    return sum(lacking) > 0 ? new Weighted(lacking).indexFrom(this.rng) : REGION_WEIGHTS.indexFrom(this.rng);
  }

  private newRoot(group: Group, island: number, day: number, regions?: Weighted): number {
    const rng = this.rng;
    const region = regions ? regions.indexFrom(rng) : this.balancedRegion();
    const primary = THEME_WEIGHTS.indexFrom(rng);
    const themes = [primary];
    if (rng.chance(0.4)) themes.push(rng.pick(RELATED[primary] as number[]));
    const town = (TOWN_WEIGHTS[region] as Weighted).indexFrom(rng);
    const pattern = rng.pick((DEMO_THEMES[primary] as (typeof DEMO_THEMES)[number]).patterns);
    return this.addNode({ region, town, themes, day, group, island, pattern, parent: -1, parentMode: -1 });
  }

  private addNode(fields: {
    region: number;
    town: number;
    themes: number[];
    day: number;
    group: Group;
    island: number;
    pattern: string;
    parent: number;
    parentMode: ModeIdx | -1;
    /** a fixed name (and the base name its follow-ups build on) instead of the pattern's */
    named?: { name: string; baseName: string };
  }): number {
    const named = fields.named;
    this.regionCount[fields.region] = (this.regionCount[fields.region] ?? 0) + 1;
    const baseName = named?.baseName ?? this.render(fields.pattern, fields.region, fields.town);
    this.nodes.push({
      region: fields.region,
      town: fields.town,
      themes: fields.themes,
      day: fields.day,
      group: fields.group,
      island: fields.island,
      pattern: fields.pattern,
      parent: fields.parent,
      parentMode: fields.parentMode,
      baseName,
      name: named?.name ?? baseName,
      children: 0,
      amplified: false,
      id: '',
      status: 'RUNNING',
      stoppedDay: -1,
      involvements: [],
      barriersFaced: 0,
      barriersOvercome: 0,
      mustShare: false,
    });
    return this.nodes.length - 1;
  }

  /**
   * Grows the cascade of `root` to `target` initiatives, as far as the calendar allows; when
   * `insist`, it falls back to the root's own room so the target is reached.
   */
  private grow(root: number, target: number, shape: Shape, insist: boolean): void {
    const rng = this.rng;
    const members = [root];
    let tip = root;
    let failures = 0;
    while (members.length < target && failures < 50) {
      let parent: number;
      const roll = rng.next();
      if (shape === 'broadcast') parent = roll < 0.65 ? root : rng.pick(members);
      else if (shape === 'chain') parent = roll < 0.82 ? tip : rng.pick(members);
      else if (shape === 'mixed') parent = roll < 0.3 ? root : rng.pick(members);
      else parent = roll < 0.5 ? root : rng.pick(members);
      const [lo, hi] = LAG[shape];
      let lag = rng.int(lo, hi);
      if (failures >= 10) {
        // the calendar ran out further down: branch from the root, as late as it still can
        parent = root;
        lag = rng.int(lo, Math.max(lo, Math.min(hi, LAST_DAY - this.node(root).day)));
      }
      // a follow-up that would start after the last date is not made (no piling up at the end)
      if (this.node(parent).day + lag > LAST_DAY) {
        // without `insist` the first miss ends the cascade: retrying would crowd the last months
        if (!insist) break;
        failures++;
        if (shape === 'chain') tip = rng.pick(members);
        continue;
      }
      const mode = MODE_MIX[shape].indexFrom(rng) as ModeIdx;
      const child = this.addChild(parent, mode, this.node(parent).day + lag);
      members.push(child);
      tip = child;
      failures = 0;
    }
    // a few extra edges inside larger cascades: a follow-up that builds on two earlier wins
    if (members.length >= 8) {
      for (const v of members) {
        if (v === root || !rng.chance(0.06)) continue;
        const u = rng.pick(members);
        const a = this.node(u);
        const b = this.node(v);
        if (u === v || u === b.parent || a.day >= b.day) continue;
        const mode: ModeIdx = a.themes[0] !== b.themes[0] ? BROADENING : a.region !== b.region ? SPREADING : DEEPENING;
        this.addEdge(u, v, mode);
      }
    }
  }

  private addChild(parentIdx: number, mode: ModeIdx, day: number): number {
    const rng = this.rng;
    const p = this.node(parentIdx);
    const primary = p.themes[0] as number;
    const pTheme = DEMO_THEMES[primary] as (typeof DEMO_THEMES)[number];
    let region = p.region;
    let town = p.town;
    let themes: number[];
    let pattern = p.pattern;
    let named: { name: string; baseName: string } | undefined;

    if (mode === DEEPENING) {
      if (rng.chance(0.07)) region = (NEIGHBOUR_WEIGHTS[p.region] as Weighted).from(rng);
      if (region !== p.region || rng.chance(0.3)) town = (TOWN_WEIGHTS[region] as Weighted).indexFrom(rng);
      themes = [primary];
      const second = p.themes[1];
      if (second !== undefined && rng.chance(0.5)) themes.push(second);
      else if (rng.chance(0.25)) themes.push(rng.pick(RELATED[primary] as number[]));
      if (rng.chance(0.5) && region === p.region && town === p.town) {
        named = { name: `${p.baseName} ${rng.pick(DEEPENING_SUFFIXES)}`, baseName: p.baseName };
      } else {
        pattern = rng.pick(pTheme.patterns);
      }
    } else if (mode === BROADENING) {
      if (rng.chance(0.25)) region = (NEIGHBOUR_WEIGHTS[p.region] as Weighted).from(rng);
      if (region !== p.region || rng.chance(0.4)) town = (TOWN_WEIGHTS[region] as Weighted).indexFrom(rng);
      const related = (RELATED[primary] as number[]).filter((t) => !p.themes.includes(t));
      let next = related.length > 0 && rng.chance(0.8) ? rng.pick(related) : THEME_WEIGHTS.indexFrom(rng);
      while (p.themes.includes(next)) next = (next + 1) % DEMO_THEMES.length;
      themes = [next];
      if (rng.chance(0.35)) themes.push(primary);
      pattern = rng.pick((DEMO_THEMES[next] as (typeof DEMO_THEMES)[number]).patterns);
    } else {
      region = rng.chance(0.5)
        ? (NEIGHBOUR_WEIGHTS[p.region] as Weighted).from(rng)
        : (OTHER_REGION_WEIGHTS[p.region] as Weighted).from(rng);
      town = (TOWN_WEIGHTS[region] as Weighted).indexFrom(rng);
      themes = [primary];
      const second = p.themes[1];
      if (second !== undefined && rng.chance(0.5)) themes.push(second);
      if (rng.chance(0.25)) pattern = rng.pick(pTheme.patterns);
    }

    const child = this.addNode({
      region,
      town,
      themes,
      day,
      group: p.group,
      island: p.island,
      pattern,
      parent: parentIdx,
      parentMode: mode,
      ...(named === undefined ? {} : { named }),
    });
    this.addEdge(parentIdx, child, mode);
    // an energy co-op that starts a care project in the next province both broadens and spreads
    if (mode === BROADENING && region !== p.region && themes.includes(primary) && rng.chance(0.5)) {
      this.addEdge(parentIdx, child, SPREADING);
    }
    return child;
  }

  private addEdge(from: number, to: number, mode: ModeIdx): void {
    const key = (from * 2 ** 21 + to) * 3 + mode;
    if (from === to || this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ from, to, mode });
    const a = this.node(from);
    const b = this.node(to);
    a.amplified = b.amplified = true;
    a.children++;
  }

  /** Fills {T} town, {R} province, {E} estate, {C} coined word, {S} surname, {L} theme label. */
  private render(pattern: string, region: number, town: number, theme = 0): string {
    const rng = this.rng;
    const province = DEMO_PROVINCES[region] as (typeof DEMO_PROVINCES)[number];
    return pattern.replace(/\{([TRECSL])\}/g, (_, key: string) => {
      switch (key) {
        case 'T':
          return province.towns[town]?.name ?? province.name;
        case 'R':
          return province.name;
        case 'E':
          return rng.pick(ESTATES);
        case 'C':
          return rng.pick(COINED_PREFIXES) + rng.pick(COINED_SUFFIXES);
        case 'S':
          return rng.pick(SURNAMES);
        default:
          return DEMO_THEMES[theme]?.label ?? '';
      }
    });
  }

  // -------------------------------------------------------------- 2. ids and attributes

  private assignIds(): void {
    const rng = this.rng;
    const order = this.nodes.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const width = Math.max(6, String(this.size).length);
    this.byId = order;
    order.forEach((nodeIdx, k) => {
      const node = this.node(nodeIdx);
      node.id = padded('ini', k + 1, width);
      node.status = this.statusOf(node);
      if (node.status === 'STOPPED') node.stoppedDay = Math.min(LAST_DAY, node.day + rng.int(180, 1800));
    });
  }

  /** Older initiatives are more often embedded or stopped. */
  private statusOf(node: Node): InitiativeStatus {
    const age = (LAST_DAY - node.day) / 365.25;
    const w = age < 1 ? STATUS_BY_AGE[0] : age < 3 ? STATUS_BY_AGE[1] : age < 6 ? STATUS_BY_AGE[2] : STATUS_BY_AGE[3];
    return (w as Weighted<InitiativeStatus>).from(this.rng);
  }

  private initiativeInput(i: number): InitiativeInput {
    const rng = this.rng;
    const node = this.node(i);
    const province = DEMO_PROVINCES[node.region] as (typeof DEMO_PROVINCES)[number];
    const town = province.towns[node.town] as (typeof province.towns)[number];
    const theme = DEMO_THEMES[node.themes[0] as number] as (typeof DEMO_THEMES)[number];
    const box = province.bbox;
    const lat = clamp(town.lat + (rng.next() - 0.5) * 0.07, box.minLat, box.maxLat);
    const lon = clamp(town.lon + (rng.next() - 0.5) * 0.11, box.minLon, box.maxLon);

    let description = `${DEMO_DESCRIPTION_PREFIX}: ${rng.pick(theme.activities)} in ${town.name}, ${province.name}.`;
    if (node.parent >= 0) {
      const parent = this.node(node.parent);
      const verb = node.parentMode === DEEPENING ? 'Takes' : node.parentMode === BROADENING ? 'Grew out of' : 'Adapts';
      description += ` ${verb} ${parent.name} (${parent.id})${node.parentMode === DEEPENING ? ' a step further' : ''}.`;
    }
    description += ' Generated data, not a real initiative.';

    return {
      id: node.id,
      name: node.name,
      description,
      region: province.name,
      themes: node.themes.map((t) => DEMO_THEMES[t]?.name ?? 'energy'),
      startedOn: isoDay(node.day),
      status: node.status,
      latitude: Math.round(lat * 1e5) / 1e5,
      longitude: Math.round(lon * 1e5) / 1e5,
      characteristics: this.characteristicsOf(node),
    };
  }

  private characteristicsOf(node: Node): InitiativeInput['characteristics'] {
    const rng = this.rng;
    const mature = node.status === 'EMBEDDED' ? 1 : node.status === 'RUNNING' ? 0.5 : 0;
    const score = (base: number, spread = 1): number =>
      Math.max(0, Math.min(3, Math.round(base + (rng.next() - 0.5) * 2 * spread)));
    const friction =
      node.barriersOvercome > 0 ? (rng.chance(0.6) ? 3 : 2) : node.barriersFaced > 0 ? 1 : rng.chance(0.7) ? 0 : 1;
    const energy = node.status === 'STOPPED' ? score(0.5, 0.6) : score(1.8 + mature * 0.6);
    const potential = node.children > 0 ? (node.children >= 3 ? 3 : score(2.5, 0.6)) : score(1.4, 1.6);
    const scores: Record<(typeof CHARACTERISTICS)[number], number> = {
      SYSTEM_STEP: score(1.6 + mature * 0.6),
      TANGIBLE_RESULTS: score(TANGIBLE_BY_STATUS[node.status], 0.7),
      DEEP_CHANGE: score(1 + mature * 1.2),
      FRICTION_OVERCOME: friction,
      CONNECTED_CHANGE: score(1.8),
      ENERGY_PLACE: energy,
      AMPLIFICATION_POTENTIAL: potential,
    };
    return CHARACTERISTICS.map((characteristic) => {
      const s = scores[characteristic];
      return { characteristic, score: s, evidence: CHARACTERISTIC_NOTES[characteristic][s] ?? null };
    });
  }

  private amplificationInput(e: Edge): AmplificationInput {
    const rng = this.rng;
    const mode: AmplificationMode = AMPLIFICATION_MODES[e.mode];
    const from = this.node(e.from);
    const to = this.node(e.to);
    const province = (r: number) => DEMO_PROVINCES[r]?.name ?? '';
    const theme = (t: number | undefined) => DEMO_THEMES[t ?? 0]?.name ?? '';
    const evidence =
      e.mode === DEEPENING
        ? `Synthetic: ${to.name} builds on ${from.name} and turns the pilot into lasting practice.`
        : e.mode === BROADENING
          ? `Synthetic: partners of ${from.name} (${theme(from.themes[0])}) started ${to.name} (${theme(to.themes[0])}).`
          : `Synthetic: ${to.name} adapts the approach of ${from.name} (${province(from.region)}) in ${province(to.region)}.`;
    const mechanisms: Mechanism[] = [];
    const primary = PRIMARY_MECHANISM[mode];
    mechanisms.push(rng.chance(0.7) ? primary : rng.pick(MECHANISMS));
    if (rng.chance(0.45)) {
      const second = !mechanisms.includes(primary) && rng.chance(0.5) ? primary : rng.pick(MECHANISMS);
      if (!mechanisms.includes(second)) mechanisms.push(second);
    }
    return {
      fromInitiativeId: from.id,
      toInitiativeId: to.id,
      mode,
      on: isoDay(Math.min(LAST_DAY, to.day + (rng.chance(0.5) ? 0 : rng.int(1, 120)))),
      evidence,
      confidence: rng.round2(0.5, 1),
      mechanisms,
    };
  }

  private barriersOf(i: number, out: BarrierInput[]): void {
    const rng = this.rng;
    const node = this.node(i);
    if (node.status === 'IDEA' ? !rng.chance(0.25) : !rng.chance(0.55)) return;
    const theme = DEMO_THEMES[node.themes[0] as number] as (typeof DEMO_THEMES)[number];
    const count = rng.chance(0.3) ? 2 : 1;
    const seen: BarrierKind[] = [];
    for (let k = 0; k < count; k++) {
      const barrier = rng.chance(0.7) ? rng.pick(theme.barriers) : rng.pick(BARRIER_KINDS);
      if (seen.includes(barrier)) continue;
      seen.push(barrier);
      const row: BarrierInput = {
        initiativeId: node.id,
        barrier,
        overcome: false,
        note: rng.pick(BARRIER_NOTES[barrier]),
      };
      node.barriersFaced++;
      const room = LAST_DAY - node.day;
      if (room >= 60 && rng.chance(OVERCOME_BY_STATUS[node.status])) {
        row.overcome = true;
        row.on = isoDay(node.day + rng.int(60, Math.min(room, 1500)));
        node.barriersOvercome++;
      }
      out.push(row);
    }
  }

  private outcomesOf(i: number, out: OutcomeInput[]): void {
    const rng = this.rng;
    const node = this.node(i);
    if (node.status === 'IDEA') return;
    const p = node.status === 'EMBEDDED' ? 0.75 : node.status === 'RUNNING' ? 0.45 : 0.2;
    if (!rng.chance(p)) return;
    const count = rng.chance(0.3) ? 2 : 1;
    const kinds = node.status === 'EMBEDDED' ? OUTCOMES_EMBEDDED : OUTCOMES_OTHER;
    const province = DEMO_PROVINCES[node.region] as (typeof DEMO_PROVINCES)[number];
    const town = province.towns[node.town]?.name ?? province.name;
    const theme = DEMO_THEMES[node.themes[0] as number] as (typeof DEMO_THEMES)[number];
    const seen: OutcomeKind[] = [];
    for (let k = 0; k < count; k++) {
      const kind = kinds.from(rng);
      if (seen.includes(kind)) continue;
      seen.push(kind);
      let name: string;
      switch (kind) {
        case 'LAW':
          name = `Verordening ${theme.label} ${town}`;
          break;
        case 'POLICY_INSTRUMENT':
          name = rng.chance(0.5)
            ? `Subsidieregeling ${theme.label} ${province.name}`
            : `Beleidsregel ${theme.label} ${town}`;
          break;
        case 'COLLABORATION':
          name = rng.chance(0.5) ? `Convenant ${theme.label} ${town}` : `Samenwerkingsverband ${node.baseName}`;
          break;
        case 'REVENUE_MODEL':
          name = `Verdienmodel ${node.baseName}`;
          break;
        case 'START_UP':
          name = `${rng.pick(COINED_PREFIXES)}${rng.pick(COINED_SUFFIXES)} B.V.`;
          break;
        case 'TECHNOLOGY':
          name = rng.pick(theme.technology);
          break;
        case 'NEW_PRACTICE':
          name = rng.pick(theme.practice);
          break;
      }
      const room = LAST_DAY - node.day;
      const row: OutcomeInput = { initiativeId: node.id, kind, name };
      if (room >= 90) row.on = isoDay(node.day + rng.int(90, Math.min(room, 2000)));
      out.push(row);
    }
  }

  // -------------------------------------------------------------- 3. actors and involvements

  private newActor(kind: ActorKind, region: number, name: string): number {
    this.actors.push({ kind, region, name: name + SYNTHETIC_MARK, degree: 0 });
    return this.actors.length - 1;
  }

  private createFixedActors(): void {
    DEMO_PROVINCES.forEach((p, r) => this.provinceActor.push(this.newActor('PROVINCE', r, `Provincie ${p.name}`)));
    NATIONAL_ACTORS.forEach((name) => this.nationalActor.push(this.newActor('NATIONAL_GOVERNMENT', -1, name)));
    // every province is steered by one or two national programmes
    DEMO_PROVINCES.forEach((_, r) => {
      const count = this.rng.int(1, 2);
      for (let k = 0; k < count; k++) {
        const national = this.nationalActor[NATIONAL_WEIGHTS.indexFrom(this.rng)] as number;
        this.addInfluence(national, this.provinceActor[r] as number, this.rng.round2(2, 5), 0);
      }
    });
  }

  /** A name for a new actor of a pooled kind. */
  private actorName(kind: ActorKind, region: number, town: number, theme: number): string {
    const patterns = ACTOR_NAME_PATTERNS[kind] ?? ['Organisatie {C}'];
    return this.render(this.rng.pick(patterns), region, town, theme);
  }

  private involve(i: number): void {
    const rng = this.rng;
    const node = this.node(i);
    this.processed++;
    const theme = node.themes[0] as number;
    const themeName = DEMO_THEMES[theme]?.name ?? 'energy';
    const chosen = node.involvements;
    const has = (a: number) => chosen.some((inv) => inv.actor === a);
    const add = (actor: number, role: string, since: number) => {
      if (has(actor)) return false;
      chosen.push({ actor, role, since: Math.min(LAST_DAY, since) });
      return true;
    };
    const laterSince = () => node.day + (rng.chance(0.5) ? 0 : rng.int(1, 365));

    if (node.group === 'isolate') {
      const slots = rng.chance(0.75) ? 1 : 2;
      for (let k = 0; k < slots; k++) {
        const kind = LOCAL_KINDS.from(rng);
        add(
          this.newActor(kind, node.region, this.actorName(kind, node.region, node.town, theme)),
          k === 0 ? 'lead' : 'partner',
          k === 0 ? node.day : laterSince(),
        );
      }
    } else if (node.group === 'island') {
      // its own people: the source's lead often carries on, otherwise someone new
      const parent = node.parent >= 0 ? this.node(node.parent) : undefined;
      const keep = parent?.involvements[0];
      if (keep && rng.chance(CONTINUITY[node.parentMode as ModeIdx] + 0.2)) add(keep.actor, 'lead', node.day);
      else {
        const kind = LOCAL_KINDS.from(rng);
        add(this.newActor(kind, node.region, this.actorName(kind, node.region, node.town, theme)), 'lead', node.day);
      }
      if (rng.chance(0.5)) {
        const kind = LOCAL_KINDS.from(rng);
        add(
          this.newActor(kind, node.region, this.actorName(kind, node.region, node.town, theme)),
          'partner',
          laterSince(),
        );
      }
    } else {
      const slots = INVOLVEMENT_COUNT.from(rng);
      const parent = node.parent >= 0 ? this.node(node.parent) : undefined;
      let carried: Involvement | undefined;
      if (parent && parent.group === 'main' && rng.chance(CONTINUITY[node.parentMode as ModeIdx])) {
        carried = node.parentMode === DEEPENING ? parent.involvements[0] : rng.pick(parent.involvements);
      }
      if (carried && node.parentMode === DEEPENING) add(carried.actor, 'lead', node.day);
      else this.draw(node, (LEAD_KINDS[themeName] as Weighted<ActorKind>).from(rng), 'lead', node.day, slots === 1);
      if (carried && node.parentMode !== DEEPENING && chosen.length < slots) add(carried.actor, 'partner', node.day);
      // every province funds at least one initiative of its own
      const province = this.provinceActor[node.region] as number;
      if (slots >= 2 && chosen.length < slots && (this.actors[province] as Actor).degree === 0)
        add(province, 'funder', laterSince());
      for (let attempt = 0; chosen.length < slots && attempt < slots + 3; attempt++) {
        const role = ROLES.from(rng);
        const kind =
          role === 'funder'
            ? FUNDER_KINDS.from(rng)
            : role === 'knowledge partner'
              ? KNOWLEDGE_KINDS.from(rng)
              : (themeName === 'nature' || themeName === 'food' ? GREEN_PARTNER_KINDS : PARTNER_KINDS).from(rng);
        const last = chosen.length === slots - 1;
        this.draw(node, kind, kind === 'INTERMEDIARY' && role === 'partner' ? 'facilitator' : role, laterSince(), last);
      }
    }
    for (const inv of chosen) {
      const actor = this.actors[inv.actor] as Actor;
      actor.degree++;
      const k = POOLED_INDEX.get(actor.kind);
      if (k !== undefined && actor.region >= 0 && node.group === 'main') {
        this.pools[actor.region]?.[k]?.urn.push(inv.actor);
      }
    }
  }

  /**
   * Adds one involvement of an actor of `kind` to a main-group initiative: mostly from its own
   * province, existing actors in proportion to how busy they are. When `last` and the initiative
   * must share an actor but has none with other work yet, it takes an existing one.
   */
  private draw(node: Node, kind: ActorKind, role: string, since: number, last: boolean): void {
    const rng = this.rng;
    const force =
      last && node.mustShare && !node.involvements.some((inv) => (this.actors[inv.actor] as Actor).degree > 0);
    const region =
      POOLED_INDEX.has(kind) && rng.chance(0.1) ? (NEIGHBOUR_WEIGHTS[node.region] as Weighted).from(rng) : node.region;
    let actor: number;
    switch (kind) {
      case 'PROVINCE':
        actor = this.provinceActor[node.region] as number;
        break;
      case 'NATIONAL_GOVERNMENT': {
        // every national actor funds something before the busy ones get more
        const idle = this.nationalActor.find((a) => (this.actors[a] as Actor).degree === 0);
        actor = idle ?? (this.nationalActor[NATIONAL_WEIGHTS.indexFrom(rng)] as number);
        break;
      }
      case 'MUNICIPALITY': {
        const town = rng.chance(0.8) ? node.town : (TOWN_WEIGHTS[node.region] as Weighted).indexFrom(rng);
        actor = this.municipalityOf(node.region, town, node.day, force);
        break;
      }
      case 'WATER_BOARD': {
        const boards = this.waterBoard[node.region] as number[];
        const b = rng.index(boards.length);
        if ((boards[b] as number) < 0) {
          if (force) {
            actor = this.provinceActor[node.region] as number;
            break;
          }
          boards[b] = this.newActor(
            'WATER_BOARD',
            node.region,
            DEMO_PROVINCES[node.region]?.waterBoards[b] ?? 'Waterschap',
          );
        }
        actor = boards[b] as number;
        break;
      }
      case 'BUSINESS':
      case 'FARMER':
      case 'CITIZEN_COLLECTIVE':
      case 'NGO':
      case 'KNOWLEDGE_INSTITUTE':
      case 'EDUCATION':
      case 'INTERMEDIARY':
      case 'OTHER': {
        const pool = this.pools[region]?.[POOLED_INDEX.get(kind) ?? 0] as { actors: number[]; urn: number[] };
        if (force) {
          actor = pool.urn.length > 0 ? rng.pick(pool.urn) : (this.provinceActor[node.region] as number);
          break;
        }
        // keep the whole network near ACTORS_PER_INITIATIVE: new actors more often while behind
        const target = ACTORS_PER_INITIATIVE * this.processed;
        const gap = (target - this.actors.length) / Math.max(10, 0.02 * target);
        const pNew = clamp(0.3 * (NEW_ACTOR_BIAS[kind] ?? 1) * (1 + gap), 0.02, 0.95);
        if (pool.urn.length === 0 || rng.chance(pNew)) {
          actor = this.newActor(kind, region, this.actorName(kind, region, node.town, node.themes[0] ?? 0));
          pool.actors.push(actor);
        } else {
          actor = rng.pick(pool.urn);
        }
      }
    }
    if (node.involvements.some((inv) => inv.actor === actor)) return;
    node.involvements.push({ actor, role, since: Math.min(LAST_DAY, since) });
  }

  private municipalityOf(region: number, town: number, day: number, force: boolean): number {
    const towns = this.municipality[region] as number[];
    const existing = towns[town] as number;
    if (existing >= 0) return existing;
    if (force) {
      const any = towns.find((a) => a >= 0);
      return any ?? (this.provinceActor[region] as number);
    }
    const name = `Gemeente ${DEMO_PROVINCES[region]?.towns[town]?.name ?? 'Onbekend'}`;
    const actor = this.newActor('MUNICIPALITY', region, name);
    towns[town] = actor;
    if (this.rng.chance(0.7))
      this.addInfluence(this.provinceActor[region] as number, actor, this.rng.round2(1, 3.5), day);
    return actor;
  }

  // -------------------------------------------------------------- 4. influences

  private addInfluence(from: number, to: number, weight: number, day: number): void {
    const key = from * 2 ** 22 + to;
    if (from === to || this.influenceKeys.has(key)) return;
    this.influenceKeys.add(key);
    this.influences.push({ from, to, weight, day });
  }

  private influencesFromCollaboration(): void {
    const rng = this.rng;
    this.nodes.forEach((node) => {
      const lead = node.involvements[0];
      if (!lead) return;
      for (const inv of node.involvements.slice(1)) {
        if (rng.chance(0.35)) this.addInfluence(inv.actor, lead.actor, rng.round2(0.5, 3), inv.since);
        if (rng.chance(0.12)) this.addInfluence(lead.actor, inv.actor, rng.round2(0.5, 3), inv.since);
      }
      // the lead of a win that spread inspires the lead of its adaptation
      if (node.parentMode === SPREADING && rng.chance(0.35)) {
        const source = this.node(node.parent).involvements[0];
        if (source) this.addInfluence(source.actor, lead.actor, rng.round2(1, 4), node.day);
      }
    });
  }
}

const TANGIBLE_BY_STATUS: Record<InitiativeStatus, number> = {
  IDEA: 0.3,
  EXPERIMENT: 1.3,
  RUNNING: 2.2,
  EMBEDDED: 2.6,
  STOPPED: 1.4,
};
const OVERCOME_BY_STATUS: Record<InitiativeStatus, number> = {
  IDEA: 0,
  EXPERIMENT: 0.3,
  RUNNING: 0.5,
  EMBEDDED: 0.7,
  STOPPED: 0.15,
};
const STATUS_BY_AGE = [
  Weighted.of<InitiativeStatus>({ IDEA: 30, EXPERIMENT: 50, RUNNING: 17, STOPPED: 3 }),
  Weighted.of<InitiativeStatus>({ IDEA: 8, EXPERIMENT: 40, RUNNING: 37, EMBEDDED: 5, STOPPED: 10 }),
  Weighted.of<InitiativeStatus>({ EXPERIMENT: 15, RUNNING: 45, EMBEDDED: 20, STOPPED: 20 }),
  Weighted.of<InitiativeStatus>({ EXPERIMENT: 3, RUNNING: 30, EMBEDDED: 37, STOPPED: 30 }),
];
const OUTCOMES_EMBEDDED = Weighted.of<OutcomeKind>({
  POLICY_INSTRUMENT: 30,
  REVENUE_MODEL: 20,
  COLLABORATION: 15,
  NEW_PRACTICE: 15,
  LAW: 8,
  START_UP: 6,
  TECHNOLOGY: 6,
});
const OUTCOMES_OTHER = Weighted.of<OutcomeKind>({
  COLLABORATION: 30,
  NEW_PRACTICE: 25,
  TECHNOLOGY: 15,
  START_UP: 12,
  REVENUE_MODEL: 12,
  POLICY_INSTRUMENT: 6,
});

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/**
 * Generates the synthetic demo network. Deterministic: the same seed and size give
 * byte-identical JSON. Valid under the import rules of API-CONTRACT.graphql.
 */
export function generateDemoNetwork(options: DemoNetworkOptions = {}): NetworkInput {
  const initiatives = options.initiatives ?? DEMO_DEFAULT_INITIATIVES;
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  if (!Number.isSafeInteger(initiatives) || initiatives < 0) {
    throw new RangeError(`initiatives must be a whole number ≥ 0, not ${String(initiatives)}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, not ${String(seed)}`);
  return new DemoBuilder(initiatives, seed).build();
}
