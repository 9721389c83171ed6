/**
 * Checks for demo-generator.spec.ts, written from the rules (docs/api-contract.graphql's import rules
 * and the graph T of docs/architecture.md) rather than from the generator, so a clean result means something.
 * Test code only: not part of the build.
 */
import {
  ACTOR_KINDS,
  AMPLIFICATION_MODES,
  BARRIER_KINDS,
  CHARACTERISTICS,
  INITIATIVE_STATUSES,
  MECHANISMS,
  OUTCOME_KINDS,
  type InitiativeInput,
  type NetworkInput,
} from '../../domain/network.types.js';

export type Net = Required<{ [K in keyof NetworkInput]: NonNullable<NetworkInput[K]> }>;

export function sections(input: NetworkInput): Net {
  return {
    initiatives: input.initiatives ?? [],
    actors: input.actors ?? [],
    involvements: input.involvements ?? [],
    influences: input.influences ?? [],
    amplifications: input.amplifications ?? [],
    outcomes: input.outcomes ?? [],
    barriers: input.barriers ?? [],
  };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Collects problems as `path: what`, with the checks every section uses. */
function problemList() {
  const problems: string[] = [];
  const bad = (path: string, what: string) => problems.push(`${path}: ${what}`);
  return {
    problems,
    bad,
    nonEmpty: (path: string, v: unknown) => (typeof v !== 'string' || v.trim() === '' ? bad(path, 'empty') : undefined),
    optDate: (path: string, v: unknown) =>
      v !== undefined && v !== null && !isDate(v) ? bad(path, `bad date ${JSON.stringify(v)}`) : undefined,
    unique: (seen: Set<string>, key: string, path: string) =>
      seen.has(key) ? bad(path, `duplicate ${key}`) : seen.add(key),
  };
}
type Problems = ReturnType<typeof problemList>;

/** The node sections' rules; returns the ids they define. */
function nodeProblems(net: Net, { bad, nonEmpty, optDate, unique }: Problems) {
  const initiativeIds = new Set<string>();
  net.initiatives.forEach((row, i) => {
    nonEmpty(`initiatives[${i}].id`, row.id);
    unique(initiativeIds, row.id, `initiatives[${i}].id`);
    nonEmpty(`initiatives[${i}].name`, row.name);
    optDate(`initiatives[${i}].startedOn`, row.startedOn);
    if (row.status != null && !INITIATIVE_STATUSES.includes(row.status))
      bad(`initiatives[${i}].status`, String(row.status));
    for (const theme of row.themes ?? []) nonEmpty(`initiatives[${i}].themes`, theme);
    const seenCh = new Set<string>();
    for (const ch of row.characteristics ?? []) {
      if (!CHARACTERISTICS.includes(ch.characteristic)) bad(`initiatives[${i}].characteristics`, ch.characteristic);
      unique(seenCh, ch.characteristic, `initiatives[${i}].characteristics`);
      if (!Number.isInteger(ch.score) || ch.score < 0 || ch.score > 3)
        bad(`initiatives[${i}].characteristics`, `score ${ch.score}`);
    }
  });
  const actorIds = new Set<string>();
  net.actors.forEach((row, i) => {
    nonEmpty(`actors[${i}].id`, row.id);
    unique(actorIds, row.id, `actors[${i}].id`);
    nonEmpty(`actors[${i}].name`, row.name);
    if (row.kind != null && !ACTOR_KINDS.includes(row.kind)) bad(`actors[${i}].kind`, String(row.kind));
  });
  return { initiativeIds, actorIds };
}

/** The relation sections' rules, references to the ids of the node sections included. */
function relationProblems(
  net: Net,
  { initiativeIds, actorIds }: { initiativeIds: Set<string>; actorIds: Set<string> },
  { bad, optDate, unique }: Problems,
) {
  const refI = (path: string, id: string) =>
    initiativeIds.has(id) ? undefined : bad(path, `unknown initiative ${id}`);
  const refA = (path: string, id: string) => (actorIds.has(id) ? undefined : bad(path, `unknown actor ${id}`));

  const inv = new Set<string>();
  net.involvements.forEach((row, i) => {
    refA(`involvements[${i}].actorId`, row.actorId);
    refI(`involvements[${i}].initiativeId`, row.initiativeId);
    unique(inv, `${row.actorId}|${row.initiativeId}`, `involvements[${i}]`);
    optDate(`involvements[${i}].since`, row.since);
    optDate(`involvements[${i}].until`, row.until);
    if (row.since && row.until && row.until < row.since) bad(`involvements[${i}].until`, 'before since');
  });
  const inf = new Set<string>();
  net.influences.forEach((row, i) => {
    refA(`influences[${i}].fromActorId`, row.fromActorId);
    refA(`influences[${i}].toActorId`, row.toActorId);
    if (row.fromActorId === row.toActorId) bad(`influences[${i}]`, 'self-loop');
    unique(inf, `${row.fromActorId}|${row.toActorId}`, `influences[${i}]`);
    if (row.weight != null && !(row.weight > 0)) bad(`influences[${i}].weight`, String(row.weight));
    optDate(`influences[${i}].since`, row.since);
  });
  const amp = new Set<string>();
  net.amplifications.forEach((row, i) => {
    refI(`amplifications[${i}].fromInitiativeId`, row.fromInitiativeId);
    refI(`amplifications[${i}].toInitiativeId`, row.toInitiativeId);
    if (!AMPLIFICATION_MODES.includes(row.mode)) bad(`amplifications[${i}].mode`, String(row.mode));
    if (row.fromInitiativeId === row.toInitiativeId) bad(`amplifications[${i}]`, 'self-loop');
    unique(amp, `${row.fromInitiativeId}|${row.toInitiativeId}|${row.mode}`, `amplifications[${i}]`);
    optDate(`amplifications[${i}].on`, row.on);
    if (row.confidence != null && (row.confidence < 0 || row.confidence > 1))
      bad(`amplifications[${i}].confidence`, String(row.confidence));
    for (const m of row.mechanisms ?? []) if (!MECHANISMS.includes(m)) bad(`amplifications[${i}].mechanisms`, m);
  });
  const out = new Set<string>();
  net.outcomes.forEach((row, i) => {
    refI(`outcomes[${i}].initiativeId`, row.initiativeId);
    if (!OUTCOME_KINDS.includes(row.kind)) bad(`outcomes[${i}].kind`, String(row.kind));
    unique(out, `${row.initiativeId}|${row.kind}|${row.name ?? ''}`, `outcomes[${i}]`);
    optDate(`outcomes[${i}].on`, row.on);
  });
  const bar = new Set<string>();
  net.barriers.forEach((row, i) => {
    refI(`barriers[${i}].initiativeId`, row.initiativeId);
    if (!BARRIER_KINDS.includes(row.barrier)) bad(`barriers[${i}].barrier`, String(row.barrier));
    unique(bar, `${row.initiativeId}|${row.barrier}`, `barriers[${i}]`);
    optDate(`barriers[${i}].on`, row.on);
  });
}

/** Every import rule of docs/api-contract.graphql, checked on the generator's output; returns the problems. */
export function importProblems(input: NetworkInput): string[] {
  const net = sections(input);
  const list = problemList();
  relationProblems(net, nodeProblems(net, list), list);
  return list.problems;
}

/** Initiatives with no tie in graph T: no amplification edge and no actor shared with another initiative. */
export function isolatedInitiatives(input: NetworkInput): Set<string> {
  const net = sections(input);
  const initiativesOf = new Map<string, Set<string>>();
  for (const v of net.involvements) {
    const set = initiativesOf.get(v.actorId) ?? new Set<string>();
    set.add(v.initiativeId);
    initiativesOf.set(v.actorId, set);
  }
  const tied = new Set<string>();
  for (const a of net.amplifications) tied.add(a.fromInitiativeId).add(a.toInitiativeId);
  for (const set of initiativesOf.values()) if (set.size > 1) for (const id of set) tied.add(id);
  return new Set(net.initiatives.map((i) => i.id).filter((id) => !tied.has(id)));
}

/** Sizes of the connected components of T (union–find over amplifications and shared actors). */
export function componentSizes(input: NetworkInput): number[] {
  const net = sections(input);
  const parent = new Map(net.initiatives.map((i) => [i.id, i.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const a of net.amplifications) union(a.fromInitiativeId, a.toInitiativeId);
  const firstOf = new Map<string, string>();
  for (const v of net.involvements) {
    const first = firstOf.get(v.actorId);
    if (first === undefined) firstOf.set(v.actorId, v.initiativeId);
    else union(first, v.initiativeId);
  }
  const sizes = new Map<string, number>();
  for (const i of net.initiatives) sizes.set(find(i.id), (sizes.get(find(i.id)) ?? 0) + 1);
  return [...sizes.values()].sort((a, b) => b - a);
}

export interface CascadeShape {
  root: string;
  size: number;
  depth: number;
  rootChildren: number;
}

/** Cascade of every root (an initiative amplified by none): reachable set along amplification edges. */
export function cascades(input: NetworkInput): CascadeShape[] {
  const net = sections(input);
  const out = new Map<string, Set<string>>();
  const targets = new Set<string>();
  for (const a of net.amplifications) {
    const set = out.get(a.fromInitiativeId) ?? new Set<string>();
    set.add(a.toInitiativeId);
    out.set(a.fromInitiativeId, set);
    targets.add(a.toInitiativeId);
  }
  const result: CascadeShape[] = [];
  for (const [root, children] of out) {
    if (targets.has(root)) continue;
    const generation = new Map([[root, 0]]);
    const queue = [root];
    for (let k = 0; k < queue.length; k++) {
      const x = queue[k] as string;
      for (const y of out.get(x) ?? []) {
        if (generation.has(y)) continue;
        generation.set(y, (generation.get(x) as number) + 1);
        queue.push(y);
      }
    }
    result.push({ root, size: generation.size, depth: Math.max(...generation.values()), rootChildren: children.size });
  }
  return result.sort((a, b) => b.size - a.size);
}

export const byId = (net: Net) => new Map<string, InitiativeInput>(net.initiatives.map((i) => [i.id, i]));
export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
