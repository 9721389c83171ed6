/**
 * The structure of the demo network (step 1 and 2 of demo-generator.ts): initiatives with their
 * regions, towns, themes and start days, grown as cascades (large broadcast-, chain-like and
 * mixed ones, small ones, islands) plus isolates and initiatives without amplification; then ids
 * in a shuffled order and a status by age.
 */
import type { InitiativeStatus } from '../../domain/network.types.js';
import {
  BROADENING,
  DEEPENING,
  FIRST_YEAR,
  ISLANDS_PER_INITIATIVE,
  ISOLATE_SHARE,
  LAG,
  LARGE_ROOT_REGION_WEIGHTS,
  LARGE_SHARE,
  LAST_DAY,
  LAST_YEAR,
  MODE_MIX,
  NEIGHBOUR_WEIGHTS,
  nodeAt,
  OTHER_REGION_WEIGHTS,
  padded,
  RECENT_YEAR_WEIGHTS,
  REGION_WEIGHTS,
  RELATED,
  SMALL_SHARE,
  SPREADING,
  STATUS_BY_AGE,
  THEME_WEIGHTS,
  TOTAL_POPULATION,
  TOWN_WEIGHTS,
  YEAR_WEIGHTS,
  yearStart,
  type DemoContext,
  type Group,
  type ModeIdx,
  type Node,
  type Shape,
} from './demo-model.js';
import { sum, Weighted } from './demo-random.js';
import { render } from './demo-text.js';
import { DEEPENING_SUFFIXES, DEMO_PROVINCES, DEMO_THEMES } from './demo-vocabulary.js';

export function buildStructure(ctx: DemoContext): void {
  const n = ctx.size;
  const rng = ctx.rng;
  const remaining = () => n - ctx.nodes.length;

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
    const root = newRoot(ctx, 'main', -1, rng.int(0, shape === 'chain' ? 1095 : 2190), LARGE_ROOT_REGION_WEIGHTS);
    grow(ctx, root, target, shape, true);
  });

  // small islands: their own actors and amplification only among themselves
  const islands = Math.floor(ISLANDS_PER_INITIATIVE * n);
  for (let k = 0; k < islands && remaining() > 2; k++) {
    const root = newRoot(ctx, 'island', k, rng.int(0, LAST_DAY - 500));
    grow(ctx, root, Math.min(rng.int(2, 4), remaining()), 'small', true);
  }

  const isolates = Math.round(ISOLATE_SHARE * n);
  const smallEnd = ctx.nodes.length + Math.round(SMALL_SHARE * n);
  // many small cascades (2–8 initiatives, most of them 2 or 3)
  const smallSizes = new Weighted([40, 25, 14, 9, 6, 4, 2], [2, 3, 4, 5, 6, 7, 8]);
  while (ctx.nodes.length < smallEnd && remaining() - isolates >= 2) {
    const target = Math.min(smallSizes.from(rng), remaining() - isolates, smallEnd - ctx.nodes.length + 1);
    let day = randomDay(ctx);
    while (day > LAST_DAY - 120) day = randomDay(ctx); // a source needs time to be followed up
    const root = newRoot(ctx, 'main', -1, day);
    grow(ctx, root, target, 'small', false);
  }
  for (let k = 0; k < isolates && remaining() > 0; k++)
    newRoot(ctx, 'isolate', -1, randomDay(ctx, RECENT_YEAR_WEIGHTS));
  while (remaining() > 0) newRoot(ctx, 'main', -1, randomDay(ctx, RECENT_YEAR_WEIGHTS));

  for (const node of ctx.nodes) node.mustShare = node.group === 'main' && !node.amplified;
}

export function randomDay(ctx: DemoContext, years = YEAR_WEIGHTS): number {
  const year = FIRST_YEAR + years.indexFrom(ctx.rng);
  const start = yearStart(year);
  const end = year === LAST_YEAR ? LAST_DAY : yearStart(year + 1) - 1;
  return ctx.rng.int(start, end);
}

/**
 * A province for a new root: in proportion to what each province still lacks of its population
 * share, so the follow-ups (which go where their source leads them) do not skew the totals.
 */
export function balancedRegion(ctx: DemoContext): number {
  const lacking = DEMO_PROVINCES.map((p, r) =>
    Math.max(0, (ctx.size * p.population) / TOTAL_POPULATION - (ctx.regionCount[r] ?? 0)),
  );
  return sum(lacking) > 0 ? new Weighted(lacking).indexFrom(ctx.rng) : REGION_WEIGHTS.indexFrom(ctx.rng);
}

export function newRoot(ctx: DemoContext, group: Group, island: number, day: number, regions?: Weighted): number {
  const rng = ctx.rng;
  const region = regions ? regions.indexFrom(rng) : balancedRegion(ctx);
  const primary = THEME_WEIGHTS.indexFrom(rng);
  const themes = [primary];
  if (rng.chance(0.4)) themes.push(rng.pick(RELATED[primary] as number[]));
  const town = (TOWN_WEIGHTS[region] as Weighted).indexFrom(rng);
  const pattern = rng.pick((DEMO_THEMES[primary] as (typeof DEMO_THEMES)[number]).patterns);
  return addNode(ctx, { region, town, themes, day, group, island, pattern, parent: -1, parentMode: -1 });
}

export function addNode(
  ctx: DemoContext,
  fields: {
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
  },
): number {
  const named = fields.named;
  ctx.regionCount[fields.region] = (ctx.regionCount[fields.region] ?? 0) + 1;
  const baseName = named?.baseName ?? render(ctx, fields.pattern, fields.region, fields.town);
  ctx.nodes.push({
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
  return ctx.nodes.length - 1;
}

/**
 * Grows the cascade of `root` to `target` initiatives, as far as the calendar allows; when
 * `insist`, it falls back to the root's own room so the target is reached.
 */
export function grow(ctx: DemoContext, root: number, target: number, shape: Shape, insist: boolean): void {
  const rng = ctx.rng;
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
      lag = rng.int(lo, Math.max(lo, Math.min(hi, LAST_DAY - nodeAt(ctx, root).day)));
    }
    // a follow-up that would start after the last date is not made (no piling up at the end)
    if (nodeAt(ctx, parent).day + lag > LAST_DAY) {
      // without `insist` the first miss ends the cascade: retrying would crowd the last months
      if (!insist) break;
      failures++;
      if (shape === 'chain') tip = rng.pick(members);
      continue;
    }
    const mode = MODE_MIX[shape].indexFrom(rng) as ModeIdx;
    const child = addChild(ctx, parent, mode, nodeAt(ctx, parent).day + lag);
    members.push(child);
    tip = child;
    failures = 0;
  }
  // a few extra edges inside larger cascades: a follow-up that builds on two earlier wins
  if (members.length >= 8) {
    for (const v of members) {
      if (v === root || !rng.chance(0.06)) continue;
      const u = rng.pick(members);
      const a = nodeAt(ctx, u);
      const b = nodeAt(ctx, v);
      if (u === v || u === b.parent || a.day >= b.day) continue;
      const mode: ModeIdx = a.themes[0] !== b.themes[0] ? BROADENING : a.region !== b.region ? SPREADING : DEEPENING;
      addEdge(ctx, u, v, mode);
    }
  }
}

export function addChild(ctx: DemoContext, parentIdx: number, mode: ModeIdx, day: number): number {
  const rng = ctx.rng;
  const p = nodeAt(ctx, parentIdx);
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

  const child = addNode(ctx, {
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
  addEdge(ctx, parentIdx, child, mode);
  // an energy co-op that starts a care project in the next province both broadens and spreads
  if (mode === BROADENING && region !== p.region && themes.includes(primary) && rng.chance(0.5)) {
    addEdge(ctx, parentIdx, child, SPREADING);
  }
  return child;
}

export function addEdge(ctx: DemoContext, from: number, to: number, mode: ModeIdx): void {
  const key = (from * 2 ** 21 + to) * 3 + mode;
  if (from === to || ctx.edgeKeys.has(key)) return;
  ctx.edgeKeys.add(key);
  ctx.edges.push({ from, to, mode });
  const a = nodeAt(ctx, from);
  const b = nodeAt(ctx, to);
  a.amplified = b.amplified = true;
  a.children++;
}

export function assignIds(ctx: DemoContext): void {
  const rng = ctx.rng;
  const order = ctx.nodes.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const width = Math.max(6, String(ctx.size).length);
  ctx.byId = order;
  order.forEach((nodeIdx, k) => {
    const node = nodeAt(ctx, nodeIdx);
    node.id = padded('ini', k + 1, width);
    node.status = statusOf(ctx, node);
    if (node.status === 'STOPPED') node.stoppedDay = Math.min(LAST_DAY, node.day + rng.int(180, 1800));
  });
}

/** Older initiatives are more often embedded or stopped. */
export function statusOf(ctx: DemoContext, node: Node): InitiativeStatus {
  const age = (LAST_DAY - node.day) / 365.25;
  const w = age < 1 ? STATUS_BY_AGE[0] : age < 3 ? STATUS_BY_AGE[1] : age < 6 ? STATUS_BY_AGE[2] : STATUS_BY_AGE[3];
  return (w as Weighted<InitiativeStatus>).from(ctx.rng);
}
