import { changedFields } from '../../../domain/change-entries.js';
import type { ChangeEntry, StateRow } from '../../../domain/change.types.js';
import { canonicalRow, entityKey, stateText, type SectionRows } from '../../../domain/network-rows.js';
import { CHARACTERISTICS, type NetworkSection } from '../../../domain/network.types.js';

/**
 * The diff of a proposal, pure. A proposal is the state a contact wants for one initiative and
 * its relations (`proposed`), beside the state it was made from (`base`, read when it was
 * submitted). Reviewing compares both with the state now (`current`): the proposal's changes are
 * what differs from base to proposed, per entity (added, removed, changed) and per field; a field
 * something else changed since (current ≠ base) is stale. Accepting applies only the proposal's
 * own changes onto the current state, field by field, so later edits to other fields survive.
 */

/** One entity of a snapshot: a canonical row of its section, with its change mark when stored. */
export interface SnapshotEntity {
  section: NetworkSection;
  row: StateRow;
  seq?: number | null;
}

export type ProposalAction = 'ADDED' | 'REMOVED' | 'CHANGED';

/** One field of a change: what the contact saw, what is stored now, what they propose. */
export interface FieldChange {
  field: string;
  base: unknown;
  current: unknown;
  proposed: unknown;
  /** changed by someone else since the proposal was made (current ≠ base) */
  stale: boolean;
}

export interface ProposalChange {
  section: NetworkSection;
  key: string;
  action: ProposalAction;
  /** the stored state now (null: absent) */
  before: StateRow | null;
  /** the state accepting writes (null: deleted) */
  after: StateRow | null;
  fields: FieldChange[];
  /** something else changed this entity since the proposal was made */
  stale: boolean;
  seqBefore: number | null;
}

const keyOfEntity = (e: SnapshotEntity) => entityKey[e.section](e.row);

function index(entities: readonly SnapshotEntity[]): Map<string, SnapshotEntity> {
  return new Map(entities.map((e) => [keyOfEntity(e), e]));
}

/** A row as flat fields: an initiative's characteristics become `characteristic.<NAME>.score` and `.evidence`. */
export function flatten(section: NetworkSection, row: StateRow | null | undefined): Record<string, unknown> {
  if (!row) return {};
  if (section !== 'initiatives') return { ...row };
  const { characteristics, ...rest } = row as StateRow & {
    characteristics?: { characteristic: string; score: number; evidence?: string }[];
  };
  const out: Record<string, unknown> = { ...rest };
  for (const c of characteristics ?? []) {
    out[`characteristic.${c.characteristic}.score`] = c.score;
    if (c.evidence !== undefined) out[`characteristic.${c.characteristic}.evidence`] = c.evidence;
  }
  return out;
}

/** The canonical row of flat fields (the inverse of flatten). */
export function unflatten(section: NetworkSection, flat: Record<string, unknown>): StateRow {
  const row: Record<string, unknown> = {};
  const scores: { characteristic: string; score: number; evidence?: string }[] = [];
  for (const [field, value] of Object.entries(flat)) {
    if (!field.startsWith('characteristic.')) row[field] = value;
  }
  if (section === 'initiatives') {
    for (const c of CHARACTERISTICS) {
      const score = flat[`characteristic.${c}.score`];
      const evidence = flat[`characteristic.${c}.evidence`];
      if (typeof score !== 'number') continue;
      scores.push({ characteristic: c, score, ...(typeof evidence === 'string' ? { evidence } : {}) });
    }
    row.characteristics = scores;
  }
  const canonical = canonicalRow[section] as (r: SectionRows[typeof section]) => StateRow;
  return canonical(row as unknown as SectionRows[typeof section]);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function fieldChanges(
  fields: readonly string[],
  base: Record<string, unknown>,
  current: Record<string, unknown>,
  proposed: Record<string, unknown>,
): FieldChange[] {
  return fields.map((field) => ({
    field,
    base: base[field] ?? null,
    current: current[field] ?? null,
    proposed: proposed[field] ?? null,
    stale: !same(current[field], base[field]),
  }));
}

/** The proposal's changes against the state now, in the proposed order, removals last; no-ops left out. */
export function proposalChanges(
  base: readonly SnapshotEntity[],
  proposed: readonly SnapshotEntity[],
  current: readonly SnapshotEntity[],
): ProposalChange[] {
  const b = index(base);
  const p = index(proposed);
  const c = index(current);
  const keys = [...new Set([...p.keys(), ...b.keys()])];
  const changes: ProposalChange[] = [];
  for (const key of keys) {
    const change = changeOf(key, b.get(key), p.get(key), c.get(key));
    if (change) changes.push(change);
  }
  return changes;
}

function changeOf(
  key: string,
  b: SnapshotEntity | undefined,
  p: SnapshotEntity | undefined,
  c: SnapshotEntity | undefined,
): ProposalChange | null {
  const section = (p ?? b)!.section;
  const now = c?.row ?? null;
  const seqBefore = c?.seq ?? null;
  const flatB = flatten(section, b?.row);
  const flatC = flatten(section, now);
  if (!b) {
    if (stateText(now) === stateText(p!.row)) return null;
    const flatP = flatten(section, p!.row);
    const fields = fieldChanges(changedFields(flatC, flatP), flatB, flatC, flatP);
    return { section, key, action: 'ADDED', before: now, after: p!.row, fields, stale: now !== null, seqBefore };
  }
  if (!p) {
    if (!now) return null;
    const fields = fieldChanges(Object.keys(flatC), flatB, flatC, {});
    return {
      section,
      key,
      action: 'REMOVED',
      before: now,
      after: null,
      fields,
      stale: stateText(now) !== stateText(b.row),
      seqBefore,
    };
  }
  const flatP = flatten(section, p.row);
  const changed = changedFields(flatB, flatP);
  if (changed.length === 0) return null;
  const merged = { ...(now ? flatC : flatB) };
  for (const field of changed) {
    if (flatP[field] === undefined) delete merged[field];
    else merged[field] = flatP[field];
  }
  const after = unflatten(section, merged);
  if (stateText(after) === stateText(now)) return null;
  const fields = fieldChanges(changed, flatB, flatC, flatP);
  const stale = now === null || fields.some((f) => f.stale);
  return { section, key, action: 'CHANGED', before: now, after, fields, stale, seqBefore };
}

/** Keys of the entities of `base` that are not as they were (changed or removed since), and ones added since. */
export function laterEdits(base: readonly SnapshotEntity[], current: readonly SnapshotEntity[]): string[] {
  const b = index(base);
  const c = index(current);
  const keys = [...new Set([...b.keys(), ...c.keys()])];
  return keys.filter((k) => stateText(b.get(k)?.row ?? null) !== stateText(c.get(k)?.row ?? null));
}

/** What accepting writes: rows to upsert and to delete, by section, and the change log's entries. */
export interface ProposalWrites {
  upserts: { [S in NetworkSection]?: StateRow[] };
  deletes: { [S in NetworkSection]?: StateRow[] };
  entries: ChangeEntry[];
}

export function proposalWrites(changes: readonly ProposalChange[]): ProposalWrites {
  const writes: ProposalWrites = { upserts: {}, deletes: {}, entries: [] };
  for (const change of changes) {
    if (change.after) (writes.upserts[change.section] ??= []).push(change.after);
    else if (change.before) (writes.deletes[change.section] ??= []).push(change.before);
    writes.entries.push({
      section: change.section,
      before: change.before,
      after: change.after,
      seqBefore: change.seqBefore,
    });
  }
  return writes;
}
