import type { ChangeEntry } from '../../../domain/change.types.js';
import { endsNeeded, reversed, staleEntries, undoWrites } from './undo-plan.js';

const A = { id: 'a', name: 'A' };
const A2 = { id: 'a', name: 'A2' };
const rel = { actorId: 'x', initiativeId: 'a' };
const nodeKeys = () => ['initiative:a'];

describe('undo plan', () => {
  const update: ChangeEntry = { section: 'initiatives', before: A, after: A2, seqBefore: 3, seqAfter: 7 };

  it('lets an entity through only when it is still as the change set left it', () => {
    const still = new Map([['initiative:a', { state: A2, seq: 7 }]]);
    expect(staleEntries([update], still, nodeKeys)).toEqual([]);
    const later = new Map([['initiative:a', { state: { id: 'a', name: 'A3' }, seq: 9 }]]);
    expect(staleEntries([update], later, nodeKeys)).toEqual([
      { key: 'initiative:a', nodeKeys: ['initiative:a'], what: 'changed', mark: 9 },
    ]);
    expect(staleEntries([update], new Map(), nodeKeys)[0]!.what).toBe('deleted');
    // written outside the change log: same mark, other state
    const outside = new Map([['initiative:a', { state: { id: 'a', name: 'B' }, seq: 7 }]]);
    expect(staleEntries([update], outside, nodeKeys)[0]!.what).toBe('changed');
    const deleted: ChangeEntry = { section: 'initiatives', before: A, after: null, seqBefore: 3 };
    expect(staleEntries([deleted], still, nodeKeys)[0]!.what).toBe('created again');
  });

  it('writes the states before with the marks they had, and records the way back', () => {
    const created: ChangeEntry = { section: 'involvements', before: null, after: rel, seqBefore: null, seqAfter: 7 };
    expect(undoWrites([update, created])).toEqual({
      upserts: { initiatives: [A] },
      marks: { initiatives: [3] },
      deletes: { involvements: [rel] },
    });
    expect(reversed([update])).toEqual([{ section: 'initiatives', before: A2, after: A, seqBefore: 7, seqAfter: 3 }]);
  });

  it('needs the ends of restored relations, except nodes it restores itself', () => {
    const restored: ChangeEntry = { section: 'involvements', before: rel, after: null, seqBefore: 5 };
    expect(endsNeeded([restored])).toEqual({ initiatives: new Set(['a']), actors: new Set(['x']) });
    const withNode: ChangeEntry = { section: 'initiatives', before: A, after: null, seqBefore: 4 };
    expect(endsNeeded([withNode, restored])).toEqual({ initiatives: new Set(), actors: new Set(['x']) });
  });
});
