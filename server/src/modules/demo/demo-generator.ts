/**
 * A seeded, deterministic generator of a realistic but clearly SYNTHETIC Dutch regional
 * small-wins network (docs/architecture.md, the domain), in the shape of `importNetwork(input:)`.
 *
 * Same seed and size → byte-identical JSON. Everything is O(n) apart from one numeric sort:
 * 10,000 initiatives take about 0.3 s, 100,000 about 2 s (JSON of ~170 MB).
 *
 * How it is built (each step in a file of its own; the randomness in demo-random.ts, the model and
 * the state the steps share in demo-model.ts, the words in demo-vocabulary.ts):
 *  1. the amplification structure first (demo-structure.ts): isolates (~6.5%), small islands (~3%: little cascades
 *     whose actors work nowhere else, so they form their own components of graph T), a few large
 *     cascades (broadcast-like, chain-like, mixed; ≥ 20 initiatives), many small cascades, and the
 *     rest as initiatives without amplification; a child is derived from its parent by the mode:
 *     DEEPENING same region (mostly) and theme, BROADENING another theme in the same or a
 *     neighbouring province, SPREADING the same theme in another province; always later;
 *  2. ids, status, place, outcomes, barriers and the seven characteristics per initiative
 *     (demo-structure.ts, the text in demo-text.ts);
 *  3. actors and involvements in chronological order (demo-actors.ts): government actors are fixed or one per
 *     town, the other kinds come from per-province pools with preferential reuse, so a few
 *     actors become hubs; a follow-up often keeps an actor of its source;
 *  4. influences between actors that work together, and from national to provincial to local
 *     (demo-actors.ts).
 */
import type {
  ActorInput,
  BarrierInput,
  InfluenceInput,
  InvolvementInput,
  NetworkInput,
  OutcomeInput,
} from '../../domain/network.types.js';
import { createFixedActors, influencesFromCollaboration, involve, POOLED_KINDS } from './demo-actors.js';
import { createContext, isoDay, nodeAt, padded, type DemoContext } from './demo-model.js';
import { assignIds, buildStructure } from './demo-structure.js';
import { amplificationInput, barriersOf, initiativeInput, outcomesOf } from './demo-text.js';
import { DEMO_PROVINCES } from './demo-vocabulary.js';

export { DEMO_PROVINCES, DEMO_THEMES } from './demo-vocabulary.js';
export { DEMO_DESCRIPTION_PREFIX } from './demo-text.js';

/** Size of the demo network loaded into an empty database. */
export const DEMO_DEFAULT_INITIATIVES = 300;
/** Seed used when none is given (Weick's small wins paper is from 1984). */
export const DEMO_DEFAULT_SEED = 1984;
/** First and last possible start date. */
export const DEMO_FIRST_DATE = '2012-01-01';
export const DEMO_LAST_DATE = '2025-12-31';

export interface DemoNetworkOptions {
  /** any finite number; default DEMO_DEFAULT_SEED */
  seed?: number;
  /** number of initiatives, a whole number ≥ 0; default DEMO_DEFAULT_INITIATIVES */
  initiatives?: number;
}

function emptyNetwork(): NetworkInput {
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

/** Steps 1–4 of the file header, in the order that fixes every random draw. */
function buildNetwork(ctx: DemoContext): void {
  buildStructure(ctx);
  assignIds(ctx);
  // chronological order (ties by creation), sorted as numbers: day·2²¹ + index
  const keys = new Float64Array(ctx.nodes.length);
  ctx.nodes.forEach((n, i) => (keys[i] = n.day * 2 ** 21 + i));
  keys.sort();
  createFixedActors(ctx);
  for (const key of keys) involve(ctx, key % 2 ** 21);
  influencesFromCollaboration(ctx);
}

function involvementRows(ctx: DemoContext, actorId: (a: number) => string): InvolvementInput[] {
  return ctx.byId.flatMap((i) => {
    const initiative = nodeAt(ctx, i);
    return initiative.involvements.map((inv): InvolvementInput => {
      const row: InvolvementInput = {
        actorId: actorId(inv.actor),
        initiativeId: initiative.id,
        role: inv.role,
        since: isoDay(inv.since),
      };
      if (initiative.status === 'STOPPED' && initiative.stoppedDay >= inv.since)
        row.until = isoDay(initiative.stoppedDay);
      return row;
    });
  });
}

/** The built network in the shape of importNetwork(input:), in id order. */
function networkInput(ctx: DemoContext): NetworkInput {
  const outcomes: OutcomeInput[] = [];
  const barriers: BarrierInput[] = [];
  for (const i of ctx.byId) {
    barriersOf(ctx, i, barriers);
    outcomesOf(ctx, i, outcomes);
  }
  const actorWidth = Math.max(6, String(ctx.actors.length).length);
  const actorIds = ctx.actors.map((_, a) => padded('act', a + 1, actorWidth));
  const actorId = (a: number) => actorIds[a] as string;
  return {
    initiatives: ctx.byId.map((i) => initiativeInput(ctx, i)),
    actors: ctx.actors.map((a, i): ActorInput => {
      const row: ActorInput = { id: actorId(i), name: a.name, kind: a.kind };
      if (a.region >= 0) row.region = DEMO_PROVINCES[a.region]?.name ?? null;
      return row;
    }),
    involvements: involvementRows(ctx, actorId),
    influences: ctx.influences.map((inf): InfluenceInput => ({
      fromActorId: actorId(inf.from),
      toActorId: actorId(inf.to),
      weight: inf.weight,
      since: isoDay(inf.day),
    })),
    amplifications: ctx.edges.map((e) => amplificationInput(ctx, e)),
    outcomes,
    barriers,
  };
}

/**
 * Generates the synthetic demo network. Deterministic: the same seed and size give
 * byte-identical JSON. Valid under the import rules of docs/api-contract.graphql.
 */
export function generateDemoNetwork(options: DemoNetworkOptions = {}): NetworkInput {
  const initiatives = options.initiatives ?? DEMO_DEFAULT_INITIATIVES;
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  if (!Number.isSafeInteger(initiatives) || initiatives < 0) {
    throw new RangeError(`initiatives must be a whole number ≥ 0, not ${String(initiatives)}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, not ${String(seed)}`);
  if (initiatives === 0) return emptyNetwork();
  const ctx = createContext(initiatives, seed, POOLED_KINDS.length);
  buildNetwork(ctx);
  return networkInput(ctx);
}
