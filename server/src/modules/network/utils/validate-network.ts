import {
  ACTOR_KINDS,
  AMPLIFICATION_MODES,
  BARRIER_KINDS,
  CHARACTERISTICS,
  INITIATIVE_STATUSES,
  MECHANISMS,
  NETWORK_SECTIONS,
  OUTCOME_KINDS,
  type ActorInput,
  type AmplificationInput,
  type BarrierInput,
  type CharacteristicScore,
  type InfluenceInput,
  type InitiativeInput,
  type InputProblem,
  type InvolvementInput,
  type NetworkInput,
  type OutcomeInput,
} from '../../../domain/network.types.js';
import { isIsoDate } from '../../../domain/dates.js';
import { INPUT_LIMITS, listProblem, textProblem } from '../../../domain/input-limits.js';

/** ids referenced by the input that the input itself does not define: the database must have them. */
export interface ExternalRefs {
  initiatives: Map<string, string[]>;
  actors: Map<string, string[]>;
}

export interface NetworkValidation {
  problems: InputProblem[];
  external: ExternalRefs;
}

/** Collects problems for one input, each with its field path. */
class Checker {
  readonly problems: InputProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** A required, non-blank string within INPUT_LIMITS. */
  text(path: string, value: unknown, what: string): value is string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(path, `${what} must not be empty`);
      return false;
    }
    return this.limited(path, value);
  }

  optionalText(path: string, value: unknown): void {
    if (value !== undefined && value !== null && typeof value !== 'string') this.add(path, 'must be text');
    else if (typeof value === 'string') this.limited(path, value);
  }

  /** The length and characters of a text, by the field at the end of its path (INPUT_LIMITS). */
  limited(path: string, value: string): boolean {
    const field = fieldOf(path);
    const problem = textProblem(field, value);
    if (problem) this.add(path, problem);
    return problem === undefined;
  }

  /** At most INPUT_LIMITS.listItems items in a list inside a record. */
  listSize(path: string, value: unknown): void {
    const field = fieldOf(path);
    const problem = Array.isArray(value) ? listProblem(field, value.length, INPUT_LIMITS.listItems) : undefined;
    if (problem) this.add(path, problem);
  }

  date(path: string, value: unknown): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string' || !isIsoDate(value)) {
      this.add(path, `bad date '${shown(value)}': use YYYY-MM-DD`);
    }
  }

  oneOf(path: string, value: unknown, allowed: readonly string[], what: string, required = false): void {
    if (value === undefined || value === null) {
      if (required) this.add(path, `${what} is required`);
      return;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.add(path, `unknown ${what} '${shown(value)}' (one of ${allowed.join(', ')})`);
    }
  }

  number(path: string, value: unknown, test: (n: number) => boolean, rule: string): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'number' || !Number.isFinite(value) || !test(value)) {
      this.add(path, `${shown(value)} is not allowed: ${rule}`);
    }
  }

  /** Reports a key seen before in the same section (`what` names it, made only then). */
  unique(
    seen: Map<string, number>,
    key: string,
    path: string,
    section: string,
    index: number,
    what: string | (() => string),
  ): void {
    const first = seen.get(key);
    if (first !== undefined) {
      this.add(path, `duplicate ${typeof what === 'string' ? what : what()} (also ${section}[${first}])`);
    } else seen.set(key, index);
  }
}

/**
 * The field a path ends in, without a list index: `initiatives[3].themes[1]` → `themes` (the same
 * as matching /(\w+)(?:\[\d+\])?$/, without a regular expression per text of a large import).
 */
export function fieldOf(path: string): string {
  let end = path.length;
  if (path.endsWith(']')) end = path.lastIndexOf('[');
  return path.slice(path.lastIndexOf('.', end - 1) + 1, end);
}

/** A value as the user wrote it, for messages. */
function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

function list<T>(value: T[] | null | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** What the section steps share: the problems so far, the ids the input defines, the references it does not. */
class NetworkChecker extends Checker {
  readonly initiativeIds = new Set<string>();
  readonly actorIds = new Set<string>();
  readonly external: ExternalRefs = { initiatives: new Map(), actors: new Map() };

  /** A reference to an initiative or actor: not empty; noted as external when the input does not define it. */
  ref(kind: 'initiative' | 'actor', path: string, id: unknown): void {
    if (!this.text(path, id, `${kind} id`)) return;
    const known = kind === 'initiative' ? this.initiativeIds : this.actorIds;
    if (known.has(id)) return;
    const map = kind === 'initiative' ? this.external.initiatives : this.external.actors;
    const paths = map.get(id);
    if (paths) paths.push(path);
    else map.set(id, [path]);
  }
}

/**
 * Checks a NetworkInput against the import rules of docs/api-contract.graphql without the database:
 * enum values, dates, empty names, duplicate keys inside the input, weights, self-loops, ranges.
 * References to ids the input does not define are returned in `external` for the caller to look
 * up in the database (inside the import transaction). One step per section, in the input's order
 * (nodes first, so the relation steps know which ids the input defines).
 */
export function validateNetworkInput(input: NetworkInput): NetworkValidation {
  const c = new NetworkChecker();
  checkInitiatives(c, list(input.initiatives));
  checkActors(c, list(input.actors));
  checkInvolvements(c, list(input.involvements));
  checkInfluences(c, list(input.influences));
  checkAmplifications(c, list(input.amplifications));
  checkOutcomes(c, list(input.outcomes));
  checkBarriers(c, list(input.barriers));
  return { problems: c.problems, external: c.external };
}

function checkInitiatives(c: NetworkChecker, rows: InitiativeInput[]): void {
  const ids = new Map<string, number>();
  rows.forEach((row, i) => {
    const p = `initiatives[${i}]`;
    if (c.text(`${p}.id`, row.id, 'id')) {
      c.unique(ids, row.id, `${p}.id`, 'initiatives', i, () => `initiative id '${row.id}'`);
      c.initiativeIds.add(row.id);
    }
    c.text(`${p}.name`, row.name, 'name');
    c.optionalText(`${p}.description`, row.description);
    c.optionalText(`${p}.region`, row.region);
    c.listSize(`${p}.themes`, row.themes);
    list(row.themes).forEach((theme, t) => {
      if (typeof theme !== 'string' || theme.trim() === '') c.add(`${p}.themes[${t}]`, 'a theme must not be empty');
      else c.limited(`${p}.themes[${t}]`, theme);
    });
    c.date(`${p}.startedOn`, row.startedOn);
    c.oneOf(`${p}.status`, row.status, INITIATIVE_STATUSES, 'status');
    c.number(`${p}.latitude`, row.latitude, (n) => n >= -90 && n <= 90, 'latitude is from -90 to 90');
    c.number(`${p}.longitude`, row.longitude, (n) => n >= -180 && n <= 180, 'longitude is from -180 to 180');
    c.listSize(`${p}.characteristics`, row.characteristics);
    checkCharacteristics(c, p, list(row.characteristics));
  });
}

/** The characteristic scores of the initiative at path `p`. */
function checkCharacteristics(c: NetworkChecker, p: string, rows: CharacteristicScore[]): void {
  const seen = new Map<string, number>();
  rows.forEach((ch, k) => {
    const q = `${p}.characteristics[${k}]`;
    c.oneOf(`${q}.characteristic`, ch.characteristic, CHARACTERISTICS, 'characteristic', true);
    if (typeof ch.characteristic === 'string') {
      const what = `characteristic ${ch.characteristic}`;
      c.unique(seen, ch.characteristic, `${q}.characteristic`, `${p}.characteristics`, k, what);
    }
    if (ch.score === undefined || ch.score === null) c.add(`${q}.score`, 'score is required (0–3)');
    c.number(`${q}.score`, ch.score, (n) => Number.isInteger(n) && n >= 0 && n <= 3, 'a score is 0, 1, 2 or 3');
    c.optionalText(`${q}.evidence`, ch.evidence);
  });
}

function checkActors(c: NetworkChecker, rows: ActorInput[]): void {
  const ids = new Map<string, number>();
  rows.forEach((row, i) => {
    const p = `actors[${i}]`;
    if (c.text(`${p}.id`, row.id, 'id')) {
      c.unique(ids, row.id, `${p}.id`, 'actors', i, () => `actor id '${row.id}'`);
      c.actorIds.add(row.id);
    }
    c.text(`${p}.name`, row.name, 'name');
    c.oneOf(`${p}.kind`, row.kind, ACTOR_KINDS, 'actor kind');
    c.optionalText(`${p}.region`, row.region);
  });
}

function checkInvolvements(c: NetworkChecker, rows: InvolvementInput[]): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const p = `involvements[${i}]`;
    c.ref('actor', `${p}.actorId`, row.actorId);
    c.ref('initiative', `${p}.initiativeId`, row.initiativeId);
    const what = () => `involvement of '${row.actorId}' in '${row.initiativeId}'`;
    c.unique(seen, `${row.actorId}\u0000${row.initiativeId}`, p, 'involvements', i, what);
    c.optionalText(`${p}.role`, row.role);
    c.date(`${p}.since`, row.since);
    c.date(`${p}.until`, row.until);
    if (row.since && row.until && isIsoDate(row.since) && isIsoDate(row.until) && row.until < row.since) {
      c.add(`${p}.until`, `${row.until} is before since ${row.since}`);
    }
  });
}

function checkInfluences(c: NetworkChecker, rows: InfluenceInput[]): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const p = `influences[${i}]`;
    c.ref('actor', `${p}.fromActorId`, row.fromActorId);
    c.ref('actor', `${p}.toActorId`, row.toActorId);
    if (row.fromActorId === row.toActorId) {
      c.add(`${p}.toActorId`, `self-loop: actor '${row.toActorId}' cannot influence itself`);
    }
    const what = () => `influence '${row.fromActorId}' → '${row.toActorId}'`;
    c.unique(seen, `${row.fromActorId}\u0000${row.toActorId}`, p, 'influences', i, what);
    c.number(`${p}.weight`, row.weight, (n) => n > 0, 'weight must be greater than 0');
    c.date(`${p}.since`, row.since);
  });
}

function checkAmplifications(c: NetworkChecker, rows: AmplificationInput[]): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const p = `amplifications[${i}]`;
    c.ref('initiative', `${p}.fromInitiativeId`, row.fromInitiativeId);
    c.ref('initiative', `${p}.toInitiativeId`, row.toInitiativeId);
    c.oneOf(`${p}.mode`, row.mode, AMPLIFICATION_MODES, 'amplification mode', true);
    if (row.fromInitiativeId === row.toInitiativeId) {
      c.add(`${p}.toInitiativeId`, `self-loop: initiative '${row.toInitiativeId}' cannot amplify itself`);
    }
    const key = `${row.fromInitiativeId}\u0000${row.toInitiativeId}\u0000${row.mode}`;
    const what = () => `amplification '${row.fromInitiativeId}' → '${row.toInitiativeId}' (${row.mode})`;
    c.unique(seen, key, p, 'amplifications', i, what);
    c.date(`${p}.on`, row.on);
    c.optionalText(`${p}.evidence`, row.evidence);
    c.number(`${p}.confidence`, row.confidence, (n) => n >= 0 && n <= 1, 'confidence is from 0 to 1');
    c.listSize(`${p}.mechanisms`, row.mechanisms);
    list(row.mechanisms).forEach((m, k) => c.oneOf(`${p}.mechanisms[${k}]`, m, MECHANISMS, 'mechanism'));
  });
}

function checkOutcomes(c: NetworkChecker, rows: OutcomeInput[]): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const p = `outcomes[${i}]`;
    c.ref('initiative', `${p}.initiativeId`, row.initiativeId);
    c.oneOf(`${p}.kind`, row.kind, OUTCOME_KINDS, 'outcome kind', true);
    c.optionalText(`${p}.name`, row.name);
    c.date(`${p}.on`, row.on);
    const key = `${row.initiativeId}\u0000${row.kind}\u0000${row.name ?? ''}`;
    const what = () => `outcome ${row.kind} '${row.name ?? ''}' of '${row.initiativeId}'`;
    c.unique(seen, key, p, 'outcomes', i, what);
  });
}

function checkBarriers(c: NetworkChecker, rows: BarrierInput[]): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const p = `barriers[${i}]`;
    c.ref('initiative', `${p}.initiativeId`, row.initiativeId);
    c.oneOf(`${p}.barrier`, row.barrier, BARRIER_KINDS, 'barrier', true);
    c.date(`${p}.on`, row.on);
    c.optionalText(`${p}.note`, row.note);
    const what = () => `barrier ${row.barrier} of '${row.initiativeId}'`;
    c.unique(seen, `${row.initiativeId}\u0000${row.barrier}`, p, 'barriers', i, what);
  });
}

/** Problems for external references the database does not have either. */
export function unknownReferenceProblems(
  external: ExternalRefs,
  existing: { initiatives: Set<string>; actors: Set<string> },
): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [id, paths] of external.initiatives) {
    if (!existing.initiatives.has(id))
      for (const path of paths) problems.push({ path, message: `unknown initiative '${id}'` });
  }
  for (const [id, paths] of external.actors) {
    if (!existing.actors.has(id)) for (const path of paths) problems.push({ path, message: `unknown actor '${id}'` });
  }
  return problems;
}

/** Sorts problems by section order and index, so a list reads top to bottom like the input. */
export function sortProblems(problems: InputProblem[]): InputProblem[] {
  const key = (path: string): [string, number] => {
    const m = /^(\w+)\[(\d+)\]/.exec(path);
    return m ? [m[1]!, Number(m[2])] : [path, -1];
  };
  const order: readonly string[] = NETWORK_SECTIONS;
  return [...problems].sort((a, b) => {
    const [sa, ia] = key(a.path);
    const [sb, ib] = key(b.path);
    return order.indexOf(sa) - order.indexOf(sb) || ia - ib || a.path.localeCompare(b.path);
  });
}
