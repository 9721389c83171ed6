/**
 * The demo generator's model: its calendar (day numbers from 2012-01-01), the nodes, edges and
 * actors it builds, the state the builders share (DemoContext), and the distributions that shape
 * the structure. See demo-generator.ts for how the network is built.
 */
import type { ActorKind, InitiativeStatus } from '../../domain/network.types.js';
import { DEMO_PROVINCES, DEMO_THEMES } from './demo-vocabulary.js';
import { Random, sum, Weighted } from './demo-random.js';

// ---------------------------------------------------------------- calendar

export const DAY_MS = 86_400_000;
export const FIRST_MS = Date.UTC(2012, 0, 1);
export const LAST_DAY = Math.round((Date.UTC(2025, 11, 31) - FIRST_MS) / DAY_MS);
export const FIRST_YEAR = 2012;
export const LAST_YEAR = 2025;
let dayStrings: string[] | undefined;

/** Day number (0 = 2012-01-01) → YYYY-MM-DD. */
export function isoDay(day: number): string {
  dayStrings ??= Array.from({ length: LAST_DAY + 1 }, (_, d) =>
    new Date(FIRST_MS + d * DAY_MS).toISOString().slice(0, 10),
  );
  return dayStrings[Math.max(0, Math.min(LAST_DAY, day))] as string;
}

export const yearStart = (year: number): number => Math.round((Date.UTC(year, 0, 1) - FIRST_MS) / DAY_MS);
/** More initiatives start in later years. */
export const YEAR_WEIGHTS = new Weighted(Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => 1 + 0.18 * i));
/** initiatives without any amplification are younger on average: many have not had the time */
export const RECENT_YEAR_WEIGHTS = new Weighted(
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => 1 + 0.45 * i),
);

// ---------------------------------------------------------------- model

export type ModeIdx = 0 | 1 | 2; // AMPLIFICATION_MODES order
export const DEEPENING: ModeIdx = 0;
export const BROADENING: ModeIdx = 1;
export const SPREADING: ModeIdx = 2;

/** main body, isolated initiative, or member of a small island (a component of its own) */
export type Group = 'main' | 'isolate' | 'island';

export type Shape = 'broadcast' | 'chain' | 'mixed' | 'small';

export interface Involvement {
  actor: number;
  role: string;
  since: number;
}

export interface Node {
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

export interface Edge {
  from: number;
  to: number;
  mode: ModeIdx;
}

export interface Actor {
  name: string;
  kind: ActorKind;
  region: number;
  /** number of initiatives it is involved in */
  degree: number;
}

export const MODE_MIX: Record<Shape, Weighted> = {
  broadcast: new Weighted([15, 20, 65]),
  chain: new Weighted([35, 25, 40]),
  mixed: new Weighted([30, 30, 40]),
  small: new Weighted([40, 25, 35]),
};

/** lag in days between a source's start and its follow-up's start */
export const LAG: Record<Shape, [number, number]> = {
  broadcast: [30, 2400],
  chain: [45, 280],
  mixed: [60, 1400],
  small: [60, 1100],
};

export const THEME_INDEX = new Map(DEMO_THEMES.map((theme, i) => [theme.name, i]));
export const REGION_INDEX = new Map(DEMO_PROVINCES.map((p, i) => [p.name, i]));
export const REGION_WEIGHTS = new Weighted(DEMO_PROVINCES.map((p) => p.population));
export const TOTAL_POPULATION = sum(DEMO_PROVINCES.map((p) => p.population));
/** large cascades start more often in the populous provinces */
export const LARGE_ROOT_REGION_WEIGHTS = new Weighted(DEMO_PROVINCES.map((p) => p.population ** 1.5));
export const THEME_WEIGHTS = new Weighted(DEMO_THEMES.map((theme) => theme.weight));
export const RELATED: number[][] = DEMO_THEMES.map((theme) =>
  theme.related.map((name) => THEME_INDEX.get(name) as number),
);
export const NEIGHBOURS: number[][] = DEMO_PROVINCES.map((p) =>
  p.neighbours.map((name) => REGION_INDEX.get(name) as number),
);
export const NEIGHBOUR_WEIGHTS = NEIGHBOURS.map(
  (list) =>
    new Weighted(
      list.map((r) => DEMO_PROVINCES[r]?.population ?? 0),
      list,
    ),
);
export const OTHER_REGION_WEIGHTS = DEMO_PROVINCES.map((_, self) => {
  const others = DEMO_PROVINCES.map((_, r) => r).filter((r) => r !== self);
  return new Weighted(
    others.map((r) => DEMO_PROVINCES[r]?.population ?? 0),
    others,
  );
});
export const TOWN_WEIGHTS = DEMO_PROVINCES.map((p) => new Weighted(p.towns.map((_, i) => 1 / Math.pow(i + 1, 0.7))));

export const STATUS_BY_AGE = [
  Weighted.of<InitiativeStatus>({ IDEA: 30, EXPERIMENT: 50, RUNNING: 17, STOPPED: 3 }),
  Weighted.of<InitiativeStatus>({ IDEA: 8, EXPERIMENT: 40, RUNNING: 37, EMBEDDED: 5, STOPPED: 10 }),
  Weighted.of<InitiativeStatus>({ EXPERIMENT: 15, RUNNING: 45, EMBEDDED: 20, STOPPED: 20 }),
  Weighted.of<InitiativeStatus>({ EXPERIMENT: 3, RUNNING: 30, EMBEDDED: 37, STOPPED: 30 }),
];

/** Target ratios. */
export const ISOLATE_SHARE = 0.065;
export const ISLANDS_PER_INITIATIVE = 0.01;
export const LARGE_SHARE = 0.3;
export const SMALL_SHARE = 0.38;
export const ACTORS_PER_INITIATIVE = 0.8;

export function padded(prefix: string, n: number, width: number): string {
  return `${prefix}-${String(n).padStart(width, '0')}`;
}

/** Everything the builders share while one network is made (the steps in demo-generator.ts). */
export interface DemoContext {
  /** number of initiatives to make */
  readonly size: number;
  readonly rng: Random;
  readonly nodes: Node[];
  readonly regionCount: number[];
  readonly edges: Edge[];
  /** (from, to, mode) as one number: from·2²¹·3 + to·3 + mode (fine up to 2 million initiatives) */
  readonly edgeKeys: Set<number>;
  readonly actors: Actor[];
  readonly provinceActor: number[];
  readonly nationalActor: number[];
  readonly municipality: number[][];
  readonly waterBoard: number[][];
  /** [region][pooled kind] → actors, and the urn of past involvements for preferential reuse */
  readonly pools: { actors: number[]; urn: number[] }[][];
  readonly influences: { from: number; to: number; weight: number; day: number }[];
  readonly influenceKeys: Set<number>;
  /** initiatives given their actors so far */
  processed: number;
  /** node indices in id order */
  byId: number[];
}

export function createContext(size: number, seed: number, pooledKinds: number): DemoContext {
  return {
    size,
    rng: new Random(seed),
    nodes: [],
    regionCount: DEMO_PROVINCES.map(() => 0),
    edges: [],
    edgeKeys: new Set(),
    actors: [],
    provinceActor: [],
    nationalActor: [],
    municipality: DEMO_PROVINCES.map((p) => p.towns.map(() => -1)),
    waterBoard: DEMO_PROVINCES.map((p) => p.waterBoards.map(() => -1)),
    pools: DEMO_PROVINCES.map(() => Array.from({ length: pooledKinds }, () => ({ actors: [], urn: [] }))),
    influences: [],
    influenceKeys: new Set(),
    processed: 0,
    byId: [],
  };
}

export function nodeAt(ctx: DemoContext, i: number): Node {
  return ctx.nodes[i] as Node;
}
