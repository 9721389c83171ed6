import { randomBytes } from 'node:crypto';
import type { StateRow } from '../../../domain/change.types.js';
import { INPUT_LIMITS, listProblem, textProblem } from '../../../domain/input-limits.js';
import { canonicalRow, type SectionRows } from '../../../domain/network-rows.js';
import type { InputProblem, NetworkInput } from '../../../domain/network.types.js';
import type { SnapshotEntity } from './proposal-diff.js';

/**
 * What a contact sends through an update link, checked without the database: the initiative's
 * details, its relations, and the actors and initiatives it names that are not in the network
 * yet (ids starting with `new:`, resolved when an editor accepts). Every relation must touch the
 * link's initiative, and may name only new entities or the actors and initiatives the
 * initiative is already tied to, so a link cannot reach anything else.
 */

/** The prefix of the ids a proposal gives the actors and initiatives it brings in. */
export const NEW_ID_PREFIX = 'new:';

export interface ProposalSubmission {
  contactName: string;
  contactEmail: string | null;
  message: string | null;
  /** the proposed rows, with `new:` ids for new actors and initiatives */
  proposed: NetworkInput;
}

const SECTIONS = ['initiatives', 'actors', 'involvements', 'amplifications', 'outcomes', 'barriers'] as const;
const TOP_KEYS = new Set([
  'contactName',
  'contactEmail',
  'message',
  'initiative',
  'newActors',
  'newInitiatives',
  ...SECTIONS,
]);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every text too long or with control characters, and every list over INPUT_LIMITS.listItems, with its path. */
export function sizeProblems(value: unknown, field: string, path: string, problems: InputProblem[]): void {
  if (typeof value === 'string') {
    const problem = textProblem(field, value);
    if (problem) problems.push({ path, message: problem });
  } else if (Array.isArray(value)) {
    const problem = listProblem(field, value.length, INPUT_LIMITS.listItems);
    if (problem) problems.push({ path, message: problem });
    else value.forEach((item, i) => sizeProblems(item, field, `${path}[${i}]`, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) sizeProblems(item, key, path ? `${path}.${key}` : key, problems);
  }
}

const rows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object') : [];

/**
 * The submission of a request body for `initiativeId`, or the problems; `tiedActors` and
 * `tiedInitiatives` are the ids the initiative is tied to now (the only existing ids it may name).
 */
export function parseSubmission(
  body: unknown,
  initiativeId: string,
  tied: { actors: ReadonlySet<string>; initiatives: ReadonlySet<string> },
): { submission?: ProposalSubmission; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { problems: [{ path: '', message: 'the proposal must be a JSON object' }] };
  }
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b))
    if (!TOP_KEYS.has(key)) problems.push({ path: key, message: 'is not a field of a proposal' });
  sizeProblems(b, '', '', problems);
  if (problems.length > 0) return { problems };
  const contactName = typeof b.contactName === 'string' ? b.contactName.trim() : '';
  if (contactName === '') problems.push({ path: 'contactName', message: 'your name is required' });
  const email = typeof b.contactEmail === 'string' && b.contactEmail.trim() !== '' ? b.contactEmail.trim() : null;
  if (email !== null && !EMAIL.test(email))
    problems.push({ path: 'contactEmail', message: `'${email}' is not an e-mail address` });
  const initiative = b.initiative as Record<string, unknown> | undefined;
  if (!initiative || typeof initiative !== 'object') problems.push({ path: 'initiative', message: 'is required' });
  const newActors = rows(b.newActors);
  const newInitiatives = rows(b.newInitiatives);
  const proposed: NetworkInput = {
    initiatives: [{ ...(initiative ?? {}), id: initiativeId } as never, ...(newInitiatives as never[])],
    actors: newActors as never[],
    involvements: rows(b.involvements) as never[],
    amplifications: rows(b.amplifications) as never[],
    outcomes: rows(b.outcomes) as never[],
    barriers: rows(b.barriers) as never[],
  };
  problems.push(...scopeProblems(proposed, initiativeId, tied));
  const message = typeof b.message === 'string' && b.message.trim() !== '' ? b.message.trim() : null;
  if (problems.length > 0) return { problems };
  return { submission: { contactName, contactEmail: email, message, proposed }, problems };
}

/** Relations that do not touch the initiative, ids it may not name, and new ids without the prefix. */
function scopeProblems(
  input: NetworkInput,
  initiativeId: string,
  tied: { actors: ReadonlySet<string>; initiatives: ReadonlySet<string> },
): InputProblem[] {
  const problems: InputProblem[] = [];
  const newActors = new Set<string>();
  const newInitiatives = new Set<string>();
  (input.actors ?? []).forEach((a, i) => {
    if (typeof a.id !== 'string' || !a.id.startsWith(NEW_ID_PREFIX)) {
      problems.push({ path: `newActors[${i}].id`, message: `a new actor's id starts with '${NEW_ID_PREFIX}'` });
    } else newActors.add(a.id);
  });
  (input.initiatives ?? []).slice(1).forEach((n, i) => {
    if (typeof n.id !== 'string' || !n.id.startsWith(NEW_ID_PREFIX)) {
      problems.push({
        path: `newInitiatives[${i}].id`,
        message: `a new initiative's id starts with '${NEW_ID_PREFIX}'`,
      });
    } else newInitiatives.add(n.id);
  });
  const actorOk = (id: unknown) => typeof id === 'string' && (newActors.has(id) || tied.actors.has(id));
  const otherOk = (id: unknown) => typeof id === 'string' && (newInitiatives.has(id) || tied.initiatives.has(id));
  const own = (section: string, list: { initiativeId?: unknown }[] | null | undefined) =>
    (list ?? []).forEach((r, i) => {
      if (r.initiativeId !== initiativeId) {
        problems.push({
          path: `${section}[${i}].initiativeId`,
          message: `must be this link's initiative '${initiativeId}'`,
        });
      }
    });
  own('involvements', input.involvements);
  own('outcomes', input.outcomes);
  own('barriers', input.barriers);
  (input.involvements ?? []).forEach((r, i) => {
    if (!actorOk(r.actorId)) {
      problems.push({
        path: `involvements[${i}].actorId`,
        message: 'must be an actor of this initiative or a new actor of the proposal',
      });
    }
  });
  (input.amplifications ?? []).forEach((r, i) => {
    const from = r.fromInitiativeId === initiativeId;
    const to = r.toInitiativeId === initiativeId;
    const other = from ? r.toInitiativeId : r.fromInitiativeId;
    if (from === to || !otherOk(other)) {
      problems.push({
        path: `amplifications[${i}]`,
        message: 'must run between this initiative and one it is tied to, or a new initiative of the proposal',
      });
    }
  });
  return problems;
}

/** The proposed rows as canonical snapshot entities (the sections a proposal has). */
export function proposedEntities(input: NetworkInput): SnapshotEntity[] {
  const out: SnapshotEntity[] = [];
  for (const section of SECTIONS) {
    const canonical = canonicalRow[section] as (r: SectionRows[typeof section]) => StateRow;
    for (const row of (input[section] ?? []) as SectionRows[typeof section][]) {
      out.push({ section: section, row: canonical(row) });
    }
  }
  return out;
}

/** A new id for a new actor or initiative: its name as a slug, and a random tail. */
export function newIdFor(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${slug || 'new'}-${randomBytes(3).toString('hex')}`;
}

/**
 * The proposed rows with every `new:` id replaced: by the existing id an editor merged it into
 * (the new row itself is then left out), or by a fresh id.
 */
export function resolveNewIds(input: NetworkInput, merges: ReadonlyMap<string, string>): NetworkInput {
  const ids = new Map<string, string>(merges);
  for (const n of [...(input.actors ?? []), ...(input.initiatives ?? [])]) {
    if (n.id.startsWith(NEW_ID_PREFIX) && !ids.has(n.id)) ids.set(n.id, newIdFor(n.name));
  }
  const map = (id: string) => ids.get(id) ?? id;
  const keep = (id: string) => !merges.has(id);
  return {
    initiatives: (input.initiatives ?? []).filter((r) => keep(r.id)).map((r) => ({ ...r, id: map(r.id) })),
    actors: (input.actors ?? []).filter((r) => keep(r.id)).map((r) => ({ ...r, id: map(r.id) })),
    involvements: (input.involvements ?? []).map((r) => ({ ...r, actorId: map(r.actorId) })),
    amplifications: (input.amplifications ?? []).map((r) => ({
      ...r,
      fromInitiativeId: map(r.fromInitiativeId),
      toInitiativeId: map(r.toInitiativeId),
    })),
    outcomes: input.outcomes ?? [],
    barriers: input.barriers ?? [],
  };
}
