import { changedFields, countEntries, describeCounts, summarize } from './change-entries.js';
import type { ChangeEntry } from './change.types.js';

const initiative = (before: Record<string, unknown> | null, after: Record<string, unknown> | null): ChangeEntry => ({
  section: 'initiatives',
  before,
  after,
  seqBefore: null,
});

describe('change entries', () => {
  it('lists the fields that differ, set or unset', () => {
    expect(changedFields({ id: 'a', name: 'A', region: 'X' }, { id: 'a', name: 'A', themes: ['t'] })).toEqual([
      'region',
      'themes',
    ]);
    expect(changedFields(null, { id: 'a' })).toEqual(['id']);
  });

  it('counts and describes per kind', () => {
    const counts = countEntries([
      initiative(null, { id: 'a', name: 'A' }),
      initiative({ id: 'b', name: 'B' }, { id: 'b', name: 'C' }),
      { section: 'involvements', before: null, after: { actorId: 'x', initiativeId: 'a' }, seqBefore: null },
    ]);
    expect(counts).toEqual([
      { kind: 'INITIATIVE', created: 1, updated: 1, deleted: 0 },
      { kind: 'INVOLVEMENT', created: 1, updated: 0, deleted: 0 },
    ]);
    expect(describeCounts(counts)).toBe('2 initiatives (1 created, 1 updated); 1 involvement created');
    expect(describeCounts([])).toBe('nothing changed');
  });

  it('summarises one edit by what changed, a delete by the node and its relations', () => {
    const update = initiative({ id: 'a', name: 'A', region: 'X' }, { id: 'a', name: 'A', region: 'Y' });
    expect(summarize('UPDATE_INITIATIVE', [update], 1, countEntries([update]))).toBe(
      "changed initiative 'a' (A): region",
    );
    const gone = [
      initiative({ id: 'a', name: 'A' }, null),
      { section: 'involvements' as const, before: { actorId: 'x', initiativeId: 'a' }, after: null, seqBefore: 3 },
    ];
    expect(summarize('DELETE_INITIATIVE', gone, 2, countEntries(gone))).toBe(
      "deleted initiative 'a' (A) with 1 relation",
    );
  });
});
