/**
 * The words of the demo network (step 2 of demo-generator.ts): names from patterns, descriptions,
 * the seven characteristics with their evidence notes, the evidence and mechanisms of every
 * amplification, outcomes and barriers. All of it clearly synthetic.
 */
import {
  AMPLIFICATION_MODES,
  BARRIER_KINDS,
  CHARACTERISTICS,
  MECHANISMS,
  type AmplificationInput,
  type AmplificationMode,
  type BarrierInput,
  type BarrierKind,
  type InitiativeInput,
  type InitiativeStatus,
  type Mechanism,
  type OutcomeInput,
  type OutcomeKind,
} from '../../domain/network.types.js';
import {
  BROADENING,
  DEEPENING,
  isoDay,
  LAST_DAY,
  nodeAt,
  type DemoContext,
  type Edge,
  type Node,
} from './demo-model.js';
import { clamp, Weighted } from './demo-random.js';
import {
  BARRIER_NOTES,
  CHARACTERISTIC_NOTES,
  COINED_PREFIXES,
  COINED_SUFFIXES,
  DEMO_PROVINCES,
  DEMO_THEMES,
  ESTATES,
  SURNAMES,
} from './demo-vocabulary.js';

export const DEMO_DESCRIPTION_PREFIX = 'Synthetic demo initiative';

export const PRIMARY_MECHANISM: Record<AmplificationMode, Mechanism> = {
  DEEPENING: 'LEARNING_BY_DOING',
  BROADENING: 'PARTNERING',
  SPREADING: 'PROFESSIONALISATION',
};

export const TANGIBLE_BY_STATUS: Record<InitiativeStatus, number> = {
  IDEA: 0.3,
  EXPERIMENT: 1.3,
  RUNNING: 2.2,
  EMBEDDED: 2.6,
  STOPPED: 1.4,
};
export const OVERCOME_BY_STATUS: Record<InitiativeStatus, number> = {
  IDEA: 0,
  EXPERIMENT: 0.3,
  RUNNING: 0.5,
  EMBEDDED: 0.7,
  STOPPED: 0.15,
};
export const OUTCOMES_EMBEDDED = Weighted.of<OutcomeKind>({
  POLICY_INSTRUMENT: 30,
  REVENUE_MODEL: 20,
  COLLABORATION: 15,
  NEW_PRACTICE: 15,
  LAW: 8,
  START_UP: 6,
  TECHNOLOGY: 6,
});
export const OUTCOMES_OTHER = Weighted.of<OutcomeKind>({
  COLLABORATION: 30,
  NEW_PRACTICE: 25,
  TECHNOLOGY: 15,
  START_UP: 12,
  REVENUE_MODEL: 12,
  POLICY_INSTRUMENT: 6,
});

/** Fills {T} town, {R} province, {E} estate, {C} coined word, {S} surname, {L} theme label. */
export function render(ctx: DemoContext, pattern: string, region: number, town: number, theme = 0): string {
  const rng = ctx.rng;
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

export function initiativeInput(ctx: DemoContext, i: number): InitiativeInput {
  const rng = ctx.rng;
  const node = nodeAt(ctx, i);
  const province = DEMO_PROVINCES[node.region] as (typeof DEMO_PROVINCES)[number];
  const town = province.towns[node.town] as (typeof province.towns)[number];
  const theme = DEMO_THEMES[node.themes[0] as number] as (typeof DEMO_THEMES)[number];
  const box = province.bbox;
  const lat = clamp(town.lat + (rng.next() - 0.5) * 0.07, box.minLat, box.maxLat);
  const lon = clamp(town.lon + (rng.next() - 0.5) * 0.11, box.minLon, box.maxLon);

  let description = `${DEMO_DESCRIPTION_PREFIX}: ${rng.pick(theme.activities)} in ${town.name}, ${province.name}.`;
  if (node.parent >= 0) {
    const parent = nodeAt(ctx, node.parent);
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
    characteristics: characteristicsOf(ctx, node),
  };
}

export function characteristicsOf(ctx: DemoContext, node: Node): InitiativeInput['characteristics'] {
  const rng = ctx.rng;
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

export function amplificationInput(ctx: DemoContext, e: Edge): AmplificationInput {
  const rng = ctx.rng;
  const mode: AmplificationMode = AMPLIFICATION_MODES[e.mode];
  const from = nodeAt(ctx, e.from);
  const to = nodeAt(ctx, e.to);
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

export function barriersOf(ctx: DemoContext, i: number, out: BarrierInput[]): void {
  const rng = ctx.rng;
  const node = nodeAt(ctx, i);
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

export function outcomesOf(ctx: DemoContext, i: number, out: OutcomeInput[]): void {
  const rng = ctx.rng;
  const node = nodeAt(ctx, i);
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
