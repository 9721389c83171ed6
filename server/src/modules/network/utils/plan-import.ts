import type { ChangeEntry } from '../../../domain/change.types.js';
import { canonicalRow, entityKey, stateText, type SectionRows } from '../../../domain/network-rows.js';
import type { NetworkSection } from '../../../domain/network.types.js';
import type { StoredState } from '../network.repository.js';

/**
 * The rows of an import that change something, each with its change-log entry: a row whose
 * canonical state equals the stored one is left out (not written, its change mark kept), so
 * importing the same file twice records nothing the second time and stays out of undo's way.
 */
export function changedRows<S extends NetworkSection>(
  section: S,
  rows: readonly SectionRows[S][],
  stored: readonly StoredState[],
): { write: SectionRows[S][]; entries: ChangeEntry[] } {
  const key = entityKey[section];
  const before = new Map(stored.map((s) => [key(s.state), s]));
  const canonical = canonicalRow[section] as (row: SectionRows[S]) => ChangeEntry['after'];
  const write: SectionRows[S][] = [];
  const entries: ChangeEntry[] = [];
  for (const row of rows) {
    const after = canonical(row)!;
    const old = before.get(key(after));
    if (old && stateText(old.state) === stateText(after)) continue;
    write.push(row);
    entries.push({ section, before: old?.state ?? null, after, seqBefore: old?.seq ?? null });
  }
  return { write, entries };
}

/**
 * The change-log entries of rows known to be new (their ids, or an end of the relation, absent
 * before the import): created, nothing stored before them.
 */
export function createdEntries<S extends NetworkSection>(section: S, rows: readonly SectionRows[S][]): ChangeEntry[] {
  const canonical = canonicalRow[section] as (row: SectionRows[S]) => ChangeEntry['after'];
  return rows.map((row) => ({ section, before: null, after: canonical(row)!, seqBefore: null }));
}

/** The initiative and actor ids that existed before an import (one lookup at its start). */
export interface ExistedBefore {
  initiative: ReadonlySet<string>;
  actor: ReadonlySet<string>;
}

/**
 * Splits a section's rows into those that cannot be stored yet (`created`: an initiative or actor
 * whose id did not exist before the import, a relation with such an end) and the others
 * (`known`), whose stored state must be read and compared.
 */
export function splitByExistence<S extends NetworkSection>(
  section: S,
  rows: readonly SectionRows[S][],
  existed: ExistedBefore,
): { created: SectionRows[S][]; known: SectionRows[S][] } {
  const created: SectionRows[S][] = [];
  const known: SectionRows[S][] = [];
  const ends = relationEnds[section as RelationSection] as unknown as (r: SectionRows[S]) => [string, string][];
  const isKnown: (row: SectionRows[S]) => boolean =
    section === 'initiatives'
      ? (row) => existed.initiative.has((row as SectionRows['initiatives']).id)
      : section === 'actors'
        ? (row) => existed.actor.has((row as SectionRows['actors']).id)
        : (row) => ends(row).every(([kind, id]) => existed[kind as 'initiative' | 'actor'].has(id));
  for (const row of rows) (isKnown(row) ? known : created).push(row);
  return { created, known };
}

type RelationSection = Exclude<NetworkSection, 'initiatives' | 'actors'>;

/** The ends of a relation row that must have existed before the import for the relation to exist before it. */
export const relationEnds: {
  [S in RelationSection]: (row: SectionRows[S]) => [string, string][];
} = {
  involvements: (r) => [
    ['actor', r.actorId],
    ['initiative', r.initiativeId],
  ],
  influences: (r) => [
    ['actor', r.fromActorId],
    ['actor', r.toActorId],
  ],
  amplifications: (r) => [
    ['initiative', r.fromInitiativeId],
    ['initiative', r.toInitiativeId],
  ],
  outcomes: (r) => [['initiative', r.initiativeId]],
  barriers: (r) => [['initiative', r.initiativeId]],
};
