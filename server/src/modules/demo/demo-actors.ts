/**
 * The actors of the demo network (steps 3 and 4 of demo-generator.ts): government actors fixed or
 * one per town, the other kinds from per-province pools with preferential reuse (so a few become
 * hubs), involvements in chronological order (a follow-up often keeps an actor of its source),
 * and influences between actors that work together and down the levels of government.
 */
import type { ActorKind } from '../../domain/network.types.js';
import {
  ACTORS_PER_INITIATIVE,
  DEEPENING,
  LAST_DAY,
  NEIGHBOUR_WEIGHTS,
  nodeAt,
  SPREADING,
  TOWN_WEIGHTS,
  type Actor,
  type DemoContext,
  type Involvement,
  type ModeIdx,
  type Node,
} from './demo-model.js';
import { clamp, Weighted } from './demo-random.js';
import { render } from './demo-text.js';
import {
  ACTOR_NAME_PATTERNS,
  DEMO_PROVINCES,
  DEMO_THEMES,
  NATIONAL_ACTORS,
  SYNTHETIC_MARK,
} from './demo-vocabulary.js';

export const POOLED_KINDS: readonly ActorKind[] = [
  'BUSINESS',
  'FARMER',
  'CITIZEN_COLLECTIVE',
  'NGO',
  'KNOWLEDGE_INSTITUTE',
  'EDUCATION',
  'INTERMEDIARY',
  'OTHER',
];
export const POOLED_INDEX = new Map(POOLED_KINDS.map((k, i) => [k, i]));
/** relative chance that a draw of this kind makes a new actor rather than reusing one */
export const NEW_ACTOR_BIAS: Partial<Record<ActorKind, number>> = {
  CITIZEN_COLLECTIVE: 1.4,
  FARMER: 1.4,
  BUSINESS: 1.1,
  NGO: 0.9,
  OTHER: 1.2,
  EDUCATION: 0.7,
  INTERMEDIARY: 0.5,
  KNOWLEDGE_INSTITUTE: 0.4,
};

export const LEAD_KINDS: Record<string, Weighted<ActorKind>> = {
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
export const PARTNER_KINDS = Weighted.of<ActorKind>({
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
export const GREEN_PARTNER_KINDS = Weighted.of<ActorKind>({
  MUNICIPALITY: 22,
  FARMER: 16,
  WATER_BOARD: 16,
  NGO: 14,
  CITIZEN_COLLECTIVE: 12,
  BUSINESS: 10,
  KNOWLEDGE_INSTITUTE: 5,
  EDUCATION: 5,
});
export const FUNDER_KINDS = Weighted.of<ActorKind>({
  PROVINCE: 40,
  MUNICIPALITY: 30,
  NATIONAL_GOVERNMENT: 12,
  BUSINESS: 10,
  NGO: 8,
});
export const KNOWLEDGE_KINDS = Weighted.of<ActorKind>({ KNOWLEDGE_INSTITUTE: 55, EDUCATION: 30, INTERMEDIARY: 15 });
/** the only kinds an isolate's or an island's own actors have */
export const LOCAL_KINDS = Weighted.of<ActorKind>({
  CITIZEN_COLLECTIVE: 50,
  FARMER: 15,
  BUSINESS: 15,
  NGO: 12,
  OTHER: 8,
});
export const ROLES = Weighted.of<string>({ partner: 55, funder: 25, 'knowledge partner': 20 });
export const INVOLVEMENT_COUNT = new Weighted([20, 35, 30, 15], [1, 2, 3, 4]);
export const NATIONAL_WEIGHTS = new Weighted(NATIONAL_ACTORS.map((_, i) => 1 / (i + 1)));

/** Share of a parent's actors a follow-up keeps, per mode (DEEPENING, BROADENING, SPREADING). */
export const CONTINUITY = [0.6, 0.45, 0.3] as const;

export function newActor(ctx: DemoContext, kind: ActorKind, region: number, name: string): number {
  ctx.actors.push({ kind, region, name: name + SYNTHETIC_MARK, degree: 0 });
  return ctx.actors.length - 1;
}

export function createFixedActors(ctx: DemoContext): void {
  DEMO_PROVINCES.forEach((p, r) => ctx.provinceActor.push(newActor(ctx, 'PROVINCE', r, `Provincie ${p.name}`)));
  NATIONAL_ACTORS.forEach((name) => ctx.nationalActor.push(newActor(ctx, 'NATIONAL_GOVERNMENT', -1, name)));
  // every province is steered by one or two national programmes
  DEMO_PROVINCES.forEach((_, r) => {
    const count = ctx.rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const national = ctx.nationalActor[NATIONAL_WEIGHTS.indexFrom(ctx.rng)] as number;
      addInfluence(ctx, national, ctx.provinceActor[r] as number, ctx.rng.round2(2, 5), 0);
    }
  });
}

/** A name for a new actor of a pooled kind. */
export function actorName(ctx: DemoContext, kind: ActorKind, region: number, town: number, theme: number): string {
  const patterns = ACTOR_NAME_PATTERNS[kind] ?? ['Organisatie {C}'];
  return render(ctx, ctx.rng.pick(patterns), region, town, theme);
}

export function involve(ctx: DemoContext, i: number): void {
  const rng = ctx.rng;
  const node = nodeAt(ctx, i);
  ctx.processed++;
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
        newActor(ctx, kind, node.region, actorName(ctx, kind, node.region, node.town, theme)),
        k === 0 ? 'lead' : 'partner',
        k === 0 ? node.day : laterSince(),
      );
    }
  } else if (node.group === 'island') {
    // its own people: the source's lead often carries on, otherwise someone new
    const parent = node.parent >= 0 ? nodeAt(ctx, node.parent) : undefined;
    const keep = parent?.involvements[0];
    if (keep && rng.chance(CONTINUITY[node.parentMode as ModeIdx] + 0.2)) add(keep.actor, 'lead', node.day);
    else {
      const kind = LOCAL_KINDS.from(rng);
      add(newActor(ctx, kind, node.region, actorName(ctx, kind, node.region, node.town, theme)), 'lead', node.day);
    }
    if (rng.chance(0.5)) {
      const kind = LOCAL_KINDS.from(rng);
      add(
        newActor(ctx, kind, node.region, actorName(ctx, kind, node.region, node.town, theme)),
        'partner',
        laterSince(),
      );
    }
  } else {
    const slots = INVOLVEMENT_COUNT.from(rng);
    const parent = node.parent >= 0 ? nodeAt(ctx, node.parent) : undefined;
    let carried: Involvement | undefined;
    if (parent && parent.group === 'main' && rng.chance(CONTINUITY[node.parentMode as ModeIdx])) {
      carried = node.parentMode === DEEPENING ? parent.involvements[0] : rng.pick(parent.involvements);
    }
    if (carried && node.parentMode === DEEPENING) add(carried.actor, 'lead', node.day);
    else draw(ctx, node, (LEAD_KINDS[themeName] as Weighted<ActorKind>).from(rng), 'lead', node.day, slots === 1);
    if (carried && node.parentMode !== DEEPENING && chosen.length < slots) add(carried.actor, 'partner', node.day);
    // every province funds at least one initiative of its own
    const province = ctx.provinceActor[node.region] as number;
    if (slots >= 2 && chosen.length < slots && (ctx.actors[province] as Actor).degree === 0)
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
      draw(ctx, node, kind, kind === 'INTERMEDIARY' && role === 'partner' ? 'facilitator' : role, laterSince(), last);
    }
  }
  for (const inv of chosen) {
    const actor = ctx.actors[inv.actor] as Actor;
    actor.degree++;
    const k = POOLED_INDEX.get(actor.kind);
    if (k !== undefined && actor.region >= 0 && node.group === 'main') {
      ctx.pools[actor.region]?.[k]?.urn.push(inv.actor);
    }
  }
}

/**
 * Adds one involvement of an actor of `kind` to a main-group initiative: mostly from its own
 * province, existing actors in proportion to how busy they are. When `last` and the initiative
 * must share an actor but has none with other work yet, it takes an existing one.
 */
export function draw(ctx: DemoContext, node: Node, kind: ActorKind, role: string, since: number, last: boolean): void {
  const rng = ctx.rng;
  const force = last && node.mustShare && !node.involvements.some((inv) => (ctx.actors[inv.actor] as Actor).degree > 0);
  const region =
    POOLED_INDEX.has(kind) && rng.chance(0.1) ? (NEIGHBOUR_WEIGHTS[node.region] as Weighted).from(rng) : node.region;
  let actor: number;
  switch (kind) {
    case 'PROVINCE':
      actor = ctx.provinceActor[node.region] as number;
      break;
    case 'NATIONAL_GOVERNMENT': {
      // every national actor funds something before the busy ones get more
      const idle = ctx.nationalActor.find((a) => (ctx.actors[a] as Actor).degree === 0);
      actor = idle ?? (ctx.nationalActor[NATIONAL_WEIGHTS.indexFrom(rng)] as number);
      break;
    }
    case 'MUNICIPALITY': {
      const town = rng.chance(0.8) ? node.town : (TOWN_WEIGHTS[node.region] as Weighted).indexFrom(rng);
      actor = municipalityOf(ctx, node.region, town, node.day, force);
      break;
    }
    case 'WATER_BOARD': {
      const boards = ctx.waterBoard[node.region] as number[];
      const b = rng.index(boards.length);
      if ((boards[b] as number) < 0) {
        if (force) {
          actor = ctx.provinceActor[node.region] as number;
          break;
        }
        boards[b] = newActor(
          ctx,
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
      const pool = ctx.pools[region]?.[POOLED_INDEX.get(kind) ?? 0] as { actors: number[]; urn: number[] };
      if (force) {
        actor = pool.urn.length > 0 ? rng.pick(pool.urn) : (ctx.provinceActor[node.region] as number);
        break;
      }
      // keep the whole network near ACTORS_PER_INITIATIVE: new actors more often while behind
      const target = ACTORS_PER_INITIATIVE * ctx.processed;
      const gap = (target - ctx.actors.length) / Math.max(10, 0.02 * target);
      const pNew = clamp(0.3 * (NEW_ACTOR_BIAS[kind] ?? 1) * (1 + gap), 0.02, 0.95);
      if (pool.urn.length === 0 || rng.chance(pNew)) {
        actor = newActor(ctx, kind, region, actorName(ctx, kind, region, node.town, node.themes[0] ?? 0));
        pool.actors.push(actor);
      } else {
        actor = rng.pick(pool.urn);
      }
    }
  }
  if (node.involvements.some((inv) => inv.actor === actor)) return;
  node.involvements.push({ actor, role, since: Math.min(LAST_DAY, since) });
}

export function municipalityOf(ctx: DemoContext, region: number, town: number, day: number, force: boolean): number {
  const towns = ctx.municipality[region] as number[];
  const existing = towns[town] as number;
  if (existing >= 0) return existing;
  if (force) {
    const any = towns.find((a) => a >= 0);
    return any ?? (ctx.provinceActor[region] as number);
  }
  const name = `Gemeente ${DEMO_PROVINCES[region]?.towns[town]?.name ?? 'Onbekend'}`;
  const actor = newActor(ctx, 'MUNICIPALITY', region, name);
  towns[town] = actor;
  if (ctx.rng.chance(0.7)) addInfluence(ctx, ctx.provinceActor[region] as number, actor, ctx.rng.round2(1, 3.5), day);
  return actor;
}

export function addInfluence(ctx: DemoContext, from: number, to: number, weight: number, day: number): void {
  const key = from * 2 ** 22 + to;
  if (from === to || ctx.influenceKeys.has(key)) return;
  ctx.influenceKeys.add(key);
  ctx.influences.push({ from, to, weight, day });
}

export function influencesFromCollaboration(ctx: DemoContext): void {
  const rng = ctx.rng;
  ctx.nodes.forEach((node) => {
    const lead = node.involvements[0];
    if (!lead) return;
    for (const inv of node.involvements.slice(1)) {
      if (rng.chance(0.35)) addInfluence(ctx, inv.actor, lead.actor, rng.round2(0.5, 3), inv.since);
      if (rng.chance(0.12)) addInfluence(ctx, lead.actor, inv.actor, rng.round2(0.5, 3), inv.since);
    }
    // the lead of a win that spread inspires the lead of its adaptation
    if (node.parentMode === SPREADING && rng.chance(0.35)) {
      const source = nodeAt(ctx, node.parent).involvements[0];
      if (source) addInfluence(ctx, source.actor, lead.actor, rng.round2(1, 4), node.day);
    }
  });
}
