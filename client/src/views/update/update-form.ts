// The contact's form as plain data: what GET /api/update answers, the draft the form edits, and the
// proposal (POST /api/update/proposals) made of it. Pure, so it is unit-tested without React.

export type Row = Record<string, unknown>;

/** GET /api/update: the initiative and its relations now, and the names of what they tie to. */
export interface UpdateForm {
  initiativeId: string;
  expiresAt: string;
  initiative: Row;
  involvements: Row[];
  amplifications: Row[];
  outcomes: Row[];
  barriers: Row[];
  actors: { id: string; name: string; kind?: string | null }[];
  initiatives: { id: string; name: string }[];
}

export const CHARACTERISTIC_NAMES = [
  'SYSTEM_STEP',
  'TANGIBLE_RESULTS',
  'DEEP_CHANGE',
  'FRICTION_OVERCOME',
  'CONNECTED_CHANGE',
  'ENERGY_PLACE',
  'AMPLIFICATION_POTENTIAL',
] as const;

export interface Details {
  name: string;
  description: string;
  region: string;
  themes: string;
  startedOn: string;
  status: string;
  latitude: string;
  longitude: string;
  scores: Record<string, { score: string; evidence: string }>;
}

/** A relation row in the draft: its fields as the API has them, and whether the contact removed it. */
export interface DraftRow {
  row: Row;
  removed: boolean;
}

export interface NewActor {
  id: string;
  name: string;
  kind: string;
  role: string;
}

export interface NewAmplification {
  id: string;
  name: string;
  region: string;
  mode: string;
  evidence: string;
}

export interface Draft {
  contactName: string;
  contactEmail: string;
  message: string;
  details: Details;
  involvements: DraftRow[];
  amplifications: DraftRow[];
  outcomes: DraftRow[];
  barriers: DraftRow[];
  newActors: NewActor[];
  newAmplifications: NewAmplification[];
}

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const keep = (rows: Row[]): DraftRow[] => rows.map((row) => ({ row: { ...row }, removed: false }));

export function draftOf(form: UpdateForm): Draft {
  const i = form.initiative;
  const scores: Details['scores'] = {};
  const listed = (i.characteristics ?? []) as { characteristic: string; score: number; evidence?: string }[];
  for (const c of CHARACTERISTIC_NAMES) {
    const found = listed.find((s) => s.characteristic === c);
    scores[c] = { score: found ? String(found.score) : '', evidence: found?.evidence ?? '' };
  }
  return {
    contactName: '',
    contactEmail: '',
    message: '',
    details: {
      name: text(i.name),
      description: text(i.description),
      region: text(i.region),
      themes: ((i.themes ?? []) as string[]).join(', '),
      startedOn: text(i.startedOn),
      status: text(i.status),
      latitude: text(i.latitude),
      longitude: text(i.longitude),
      scores,
    },
    involvements: keep(form.involvements),
    amplifications: keep(form.amplifications),
    outcomes: keep(form.outcomes),
    barriers: keep(form.barriers),
    newActors: [],
    newAmplifications: [],
  };
}

const orNull = (v: string) => (v.trim() === '' ? undefined : v.trim());
const numberOrUndefined = (v: string) => (v.trim() === '' || Number.isNaN(Number(v)) ? undefined : Number(v));

/** Leaves out empty values (the API's rows have no nulls). */
function compact(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== '' && v !== null));
}

/** The initiative row of the details. */
export function initiativeOf(id: string, d: Details): Row {
  const characteristics = CHARACTERISTIC_NAMES.flatMap((c) => {
    const s = d.scores[c];
    if (!s || s.score === '') return [];
    return [compact({ characteristic: c, score: Number(s.score), evidence: orNull(s.evidence) })];
  });
  const themes = d.themes
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return compact({
    id,
    name: d.name.trim(),
    description: orNull(d.description),
    region: orNull(d.region),
    themes: themes.length > 0 ? themes : undefined,
    startedOn: orNull(d.startedOn),
    status: orNull(d.status),
    latitude: numberOrUndefined(d.latitude),
    longitude: numberOrUndefined(d.longitude),
    characteristics: characteristics.length > 0 ? characteristics : undefined,
  });
}

const kept = (rows: DraftRow[]) => rows.filter((r) => !r.removed).map((r) => compact(r.row));

/** Outcomes and barriers the contact added carry `isNew` in the draft; in the proposal they are rows of the initiative. */
const ownRows = (rows: DraftRow[], initiativeId: string) =>
  kept(rows).map(({ isNew: _new, ...row }) => ({ ...row, initiativeId }));

/** The body of POST /api/update/proposals. */
export function proposalOf(initiativeId: string, draft: Draft): Row {
  const newActors = draft.newActors.filter((a) => a.name.trim() !== '');
  const newAmplifications = draft.newAmplifications.filter((a) => a.name.trim() !== '');
  return compact({
    contactName: draft.contactName.trim(),
    contactEmail: orNull(draft.contactEmail),
    message: orNull(draft.message),
    initiative: initiativeOf(initiativeId, draft.details),
    newActors: newActors.map((a) => compact({ id: a.id, name: a.name.trim(), kind: orNull(a.kind) })),
    newInitiatives: newAmplifications.map((a) => compact({ id: a.id, name: a.name.trim(), region: orNull(a.region) })),
    involvements: [
      ...kept(draft.involvements),
      ...newActors.map((a) => compact({ actorId: a.id, initiativeId, role: orNull(a.role) })),
    ],
    amplifications: [
      ...kept(draft.amplifications),
      ...newAmplifications.map((a) =>
        compact({ fromInitiativeId: initiativeId, toInitiativeId: a.id, mode: a.mode, evidence: orNull(a.evidence) }),
      ),
    ],
    outcomes: ownRows(draft.outcomes, initiativeId),
    barriers: ownRows(draft.barriers, initiativeId),
  });
}

/** The next `new:<n>` id of a draft. */
export function nextNewId(draft: Draft): string {
  return `new:${draft.newActors.length + draft.newAmplifications.length + 1}`;
}

/** The update link's token, from the page's fragment (`/update#swu_…`): never sent to the server with the page. */
export function tokenOfHash(hash: string): string | null {
  const token = hash.replace(/^#/, '').trim();
  return /^swu_[A-Za-z0-9_-]+$/.test(token) ? token : null;
}
