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

/** The ends of a relation row that must have existed before the import for the relation to exist before it. */
export const relationEnds: {
  [S in Exclude<NetworkSection, 'initiatives' | 'actors'>]: (row: SectionRows[S]) => [string, string][];
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
