// Pure editing logic, unit-tested without React: form values ⇄ GraphQL inputs, and the server's
// problems (BAD_USER_INPUT `extensions.problems`, variable coercion errors, CONFLICT) mapped onto
// the form fields they are about.
import type {
  ActorInput,
  ActorKind,
  ActorPatch,
  AmplificationInput,
  AmplificationMode,
  BarrierInput,
  BarrierKind,
  Characteristic,
  CharacteristicInput,
  InfluenceInput,
  InitiativeInput,
  InitiativePatch,
  InitiativeStatus,
  InvolvementInput,
  OutcomeInput,
  OutcomeKind,
} from '../../../api/generated/graphql';
import { CHARACTERISTICS } from '../../../domain/values';

/** '' = not scored (left out of the input), otherwise 0–3 as text (a SegmentedControl value). */
export type ScoreValue = '' | '0' | '1' | '2' | '3';

export interface InitiativeFormValues {
  id: string;
  name: string;
  region: string;
  themes: string[];
  status: InitiativeStatus | '';
  startedOn: string;
  description: string;
  scores: Record<Characteristic, { score: ScoreValue; evidence: string }>;
}

export interface ActorFormValues {
  id: string;
  name: string;
  kind: ActorKind | '';
  region: string;
}

/** What the details query gives for an initiative (only the fields the form edits). */
export interface InitiativeLike {
  id: string;
  name: string;
  region?: string | null;
  themes: string[];
  status?: InitiativeStatus | null;
  startedOn?: string | null;
  description?: string | null;
  characteristics: { characteristic: Characteristic; score: number; evidence?: string | null }[];
}

export interface ActorLike {
  id: string;
  name: string;
  kind?: ActorKind | null;
  region?: string | null;
}

function emptyScores(): InitiativeFormValues['scores'] {
  return Object.fromEntries(
    CHARACTERISTICS.map((c) => [c, { score: '', evidence: '' }]),
  ) as InitiativeFormValues['scores'];
}

function scoreValue(score: number): ScoreValue {
  return score === 0 || score === 1 || score === 2 || score === 3 ? (String(score) as ScoreValue) : '';
}

export function emptyInitiativeValues(): InitiativeFormValues {
  return {
    id: '',
    name: '',
    region: '',
    themes: [],
    status: '',
    startedOn: '',
    description: '',
    scores: emptyScores(),
  };
}

export function initiativeValuesFrom(i: InitiativeLike): InitiativeFormValues {
  const scores = emptyScores();
  for (const c of i.characteristics)
    scores[c.characteristic] = { score: scoreValue(c.score), evidence: c.evidence ?? '' };
  return {
    id: i.id,
    name: i.name,
    region: i.region ?? '',
    themes: [...i.themes],
    status: i.status ?? '',
    startedOn: i.startedOn ?? '',
    description: i.description ?? '',
    scores,
  };
}

export function emptyActorValues(): ActorFormValues {
  return { id: '', name: '', kind: '', region: '' };
}

export function actorValuesFrom(a: ActorLike): ActorFormValues {
  return { id: a.id, name: a.name, kind: a.kind ?? '', region: a.region ?? '' };
}

/** Trimmed text, or undefined when blank (an optional field left empty). */
export function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The scored characteristics, in CHARACTERISTICS order; evidence only where written. */
export function characteristicsInput(values: InitiativeFormValues): CharacteristicInput[] {
  return CHARACTERISTICS.flatMap((c) => {
    const s = values.scores[c];
    if (s.score === '') return [];
    const evidence = text(s.evidence);
    return [{ characteristic: c, score: Number(s.score), ...(evidence ? { evidence } : {}) }];
  });
}

function themesOf(values: InitiativeFormValues): string[] {
  return values.themes.map((t) => t.trim()).filter((t) => t !== '');
}

/** createInitiative's input: blanks left out, so the server's defaults apply. */
export function buildInitiativeInput(values: InitiativeFormValues): InitiativeInput {
  const optional = {
    region: text(values.region),
    startedOn: text(values.startedOn),
    description: text(values.description),
    status: values.status === '' ? undefined : values.status,
  };
  const themes = themesOf(values);
  const characteristics = characteristicsInput(values);
  return {
    id: values.id.trim(),
    name: values.name.trim(),
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    ...(themes.length ? { themes } : {}),
    ...(characteristics.length ? { characteristics } : {}),
  };
}

/**
 * updateInitiative's patch: only the fields that changed; an emptied optional field is null (clears
 * it). Characteristics go as a whole list when any score or evidence changed (the patch replaces them).
 */
export function buildInitiativePatch(values: InitiativeFormValues, original: InitiativeFormValues): InitiativePatch {
  const patch: InitiativePatch = {};
  if (values.name.trim() !== original.name.trim()) patch.name = values.name.trim();
  for (const field of ['region', 'startedOn', 'description'] as const) {
    if (values[field].trim() !== original[field].trim()) patch[field] = text(values[field]) ?? null;
  }
  if (values.status !== original.status) patch.status = values.status === '' ? null : values.status;
  const themes = themesOf(values);
  if (JSON.stringify(themes) !== JSON.stringify(themesOf(original))) patch.themes = themes;
  const next = characteristicsInput(values);
  if (JSON.stringify(next) !== JSON.stringify(characteristicsInput(original))) patch.characteristics = next;
  return patch;
}

export function buildActorInput(values: ActorFormValues): ActorInput {
  const region = text(values.region);
  return {
    id: values.id.trim(),
    name: values.name.trim(),
    ...(values.kind ? { kind: values.kind } : {}),
    ...(region ? { region } : {}),
  };
}

export function buildActorPatch(values: ActorFormValues, original: ActorFormValues): ActorPatch {
  const patch: ActorPatch = {};
  if (values.name.trim() !== original.name.trim()) patch.name = values.name.trim();
  if (values.kind !== original.kind) patch.kind = values.kind === '' ? null : values.kind;
  if (values.region.trim() !== original.region.trim()) patch.region = text(values.region) ?? null;
  return patch;
}

/** Direction of a relation seen from the node whose details are open. */
export type Direction = 'out' | 'in';

export type AmplificationFormValues = {
  direction: Direction;
  other: string;
  mode: AmplificationMode | '';
  on: string;
  evidence: string;
};

export function emptyAmplificationValues(direction: Direction): AmplificationFormValues {
  return { direction, other: '', mode: '', on: '', evidence: '' };
}

export function buildAmplificationInput(thisId: string, v: AmplificationFormValues): AmplificationInput {
  const on = text(v.on);
  const evidence = text(v.evidence);
  return {
    fromInitiativeId: v.direction === 'out' ? thisId : v.other,
    toInitiativeId: v.direction === 'out' ? v.other : thisId,
    mode: v.mode as AmplificationMode,
    ...(on ? { on } : {}),
    ...(evidence ? { evidence } : {}),
  };
}

export type InvolvementFormValues = {
  other: string;
  role: string;
  since: string;
};

export function emptyInvolvementValues(): InvolvementFormValues {
  return { other: '', role: '', since: '' };
}

/** From an initiative's details `other` is the actor; from an actor's, the initiative. */
export function buildInvolvementInput(
  thisKind: 'initiative' | 'actor',
  thisId: string,
  v: InvolvementFormValues,
): InvolvementInput {
  const role = text(v.role);
  const since = text(v.since);
  return {
    actorId: thisKind === 'actor' ? thisId : v.other,
    initiativeId: thisKind === 'actor' ? v.other : thisId,
    ...(role ? { role } : {}),
    ...(since ? { since } : {}),
  };
}

export type InfluenceFormValues = {
  direction: Direction;
  other: string;
  weight: string;
  since: string;
};

export function emptyInfluenceValues(direction: Direction): InfluenceFormValues {
  return { direction, other: '', weight: '', since: '' };
}

export function buildInfluenceInput(thisId: string, v: InfluenceFormValues): InfluenceInput {
  const since = text(v.since);
  const weight = text(v.weight);
  return {
    fromActorId: v.direction === 'out' ? thisId : v.other,
    toActorId: v.direction === 'out' ? v.other : thisId,
    ...(weight !== undefined ? { weight: Number(weight.replace(',', '.')) } : {}),
    ...(since ? { since } : {}),
  };
}

export type OutcomeFormValues = {
  kind: OutcomeKind | '';
  name: string;
  on: string;
};

export function emptyOutcomeValues(): OutcomeFormValues {
  return { kind: '', name: '', on: '' };
}

export function buildOutcomeInput(initiativeId: string, v: OutcomeFormValues): OutcomeInput {
  const name = text(v.name);
  const on = text(v.on);
  return { initiativeId, kind: v.kind as OutcomeKind, ...(name ? { name } : {}), ...(on ? { on } : {}) };
}

export type BarrierFormValues = {
  barrier: BarrierKind | '';
  overcome: boolean;
  on: string;
  note: string;
};

export function emptyBarrierValues(): BarrierFormValues {
  return { barrier: '', overcome: false, on: '', note: '' };
}

export function buildBarrierInput(initiativeId: string, v: BarrierFormValues): BarrierInput {
  const on = text(v.on);
  const note = text(v.note);
  return {
    initiativeId,
    barrier: v.barrier as BarrierKind,
    overcome: v.overcome,
    ...(on ? { on } : {}),
    ...(note ? { note } : {}),
  };
}

/** Form fields keyed by name; `FORM` holds what belongs to no field. */
export type FieldErrors = Record<string, string>;
export const FORM = '_form';

export interface ErrorLike {
  message: string;
  code?: string | undefined;
  problems?: readonly { path: string; message: string }[];
}

export interface MapOptions {
  /** the field names the form shows; a problem about any other path goes to FORM */
  fields: readonly string[];
  /** server field name → form field name (e.g. toInitiativeId → other) */
  aliases?: Readonly<Record<string, string>>;
  /** the characteristics sent, in order, so `characteristics[2].score` finds its row */
  characteristics?: readonly Characteristic[];
  /** the field a CONFLICT (id taken) belongs to */
  conflictField?: string;
}

/** Field key of a scored characteristic's score or evidence in the initiative form. */
export const scoreField = (c: Characteristic) => `score.${c}`;
export const evidenceField = (c: Characteristic) => `evidence.${c}`;

/** `input.characteristics[1].score` → ['characteristics', 1, 'score'] without the root variable. */
function segments(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return parts.slice(1);
}

function fieldOf(path: string, options: MapOptions): string {
  const [head, index, leaf] = segments(path);
  if (typeof head !== 'string') return FORM;
  if (head === 'characteristics') {
    const c = typeof index === 'number' ? options.characteristics?.[index] : undefined;
    if (!c) return FORM;
    return leaf === 'evidence' ? evidenceField(c) : scoreField(c);
  }
  const name = options.aliases?.[head] ?? head;
  return options.fields.includes(name) ? name : FORM;
}

function add(errors: FieldErrors, field: string, message: string) {
  errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
}

/**
 * The server's answer mapped onto the form: BAD_USER_INPUT problems by their path, a variable that
 * GraphQL rejected (`… at "input.startedOn"; bad date …`) by its path, CONFLICT by the id field;
 * anything else (and problems about fields the form does not show, with their path) under FORM.
 */
export function problemsToFieldErrors(error: ErrorLike, options: MapOptions): FieldErrors {
  const errors: FieldErrors = {};
  if (error.problems?.length) {
    for (const p of error.problems) {
      const field = fieldOf(p.path, options);
      add(errors, field, field === FORM ? `${p.path}: ${p.message}` : p.message);
    }
    return errors;
  }
  const coercion = /got invalid value .* at "([^"]+)"; (.+)$/s.exec(error.message);
  if (coercion?.[1] && coercion[2]) {
    const field = fieldOf(coercion[1], options);
    add(errors, field, field === FORM ? `${coercion[1]}: ${coercion[2]}` : coercion[2]);
    return errors;
  }
  if (error.code === 'CONFLICT' && options.conflictField) {
    add(errors, options.conflictField, error.message);
    return errors;
  }
  add(errors, FORM, error.message);
  return errors;
}

/** A relation type as the delete result names it, in words (English; the UI translates known ones). */
export const RELATION_KEYS: Readonly<Record<string, string>> = {
  INVOLVED_IN: 'involvements',
  AMPLIFIES: 'amplifications',
  INFLUENCES: 'influences',
  ACHIEVES: 'outcomes',
  FACES: 'barriers',
  OVERCOMES: 'barriersOvercome',
};

/** What goes with an initiative when it is deleted, from its details: [relation key, count], non-zero only. */
export function initiativeRelations(i: {
  actors: unknown[];
  amplificationsIn: unknown[];
  amplificationsOut: unknown[];
  outcomes: unknown[];
  barriers: unknown[];
}): [string, number][] {
  const list: [string, number][] = [
    ['involvements', i.actors.length],
    ['amplifications', i.amplificationsIn.length + i.amplificationsOut.length],
    ['outcomes', i.outcomes.length],
    ['barriers', i.barriers.length],
  ];
  return list.filter(([, n]) => n > 0);
}

export function actorRelations(a: {
  initiatives: unknown[];
  influencesIn: unknown[];
  influencesOut: unknown[];
}): [string, number][] {
  const list: [string, number][] = [
    ['involvements', a.initiatives.length],
    ['influences', a.influencesIn.length + a.influencesOut.length],
  ];
  return list.filter(([, n]) => n > 0);
}
