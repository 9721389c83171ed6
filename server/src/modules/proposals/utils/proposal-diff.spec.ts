import {
  flatten,
  laterEdits,
  proposalChanges,
  proposalWrites,
  unflatten,
  type SnapshotEntity,
} from './proposal-diff.js';

const initiative = (extra: Record<string, unknown> = {}) => ({
  section: 'initiatives' as const,
  row: { id: 'i1', name: 'Zonnedak', region: 'Drenthe', ...extra },
});
const involvement = (actorId: string, role?: string): SnapshotEntity => ({
  section: 'involvements',
  row: { actorId, initiativeId: 'i1', ...(role ? { role } : {}) },
});

describe('flatten and unflatten', () => {
  it('give each characteristic its own score and evidence field, and back in canonical order', () => {
    const row = {
      id: 'i1',
      name: 'Zonnedak',
      characteristics: [
        { characteristic: 'SYSTEM_STEP', score: 2, evidence: 'a pilot' },
        { characteristic: 'DEEP_CHANGE', score: 1 },
      ],
    };
    const flat = flatten('initiatives', row);
    expect(flat).toEqual({
      id: 'i1',
      name: 'Zonnedak',
      'characteristic.SYSTEM_STEP.score': 2,
      'characteristic.SYSTEM_STEP.evidence': 'a pilot',
      'characteristic.DEEP_CHANGE.score': 1,
    });
    expect(unflatten('initiatives', flat)).toEqual(row);
  });
});

describe('proposalChanges', () => {
  it('finds added, removed and changed entities with their fields, and leaves unchanged ones out', () => {
    const base = [initiative({ description: 'old' }), involvement('a1', 'lead'), involvement('a2')];
    const proposed = [initiative({ description: 'new' }), involvement('a1', 'lead'), involvement('a3', 'partner')];
    const changes = proposalChanges(base, proposed, base);
    expect(changes.map((c) => [c.key, c.action])).toEqual([
      ['initiative:i1', 'CHANGED'],
      ['INVOLVED_IN:actor:a3->initiative:i1', 'ADDED'],
      ['INVOLVED_IN:actor:a2->initiative:i1', 'REMOVED'],
    ]);
    expect(changes[0]!.fields).toEqual([
      { field: 'description', base: 'old', current: 'old', proposed: 'new', stale: false },
    ]);
    expect(changes[0]!.after).toEqual({ id: 'i1', name: 'Zonnedak', description: 'new', region: 'Drenthe' });
    expect(changes.every((c) => !c.stale)).toBe(true);
  });

  it('applies only the proposed fields onto a state edited since, and marks a field both changed as stale', () => {
    const base = [initiative({ description: 'old', status: 'IDEA' })];
    const proposed = [initiative({ description: 'contact', status: 'IDEA' })];
    const current = [initiative({ description: 'editor', status: 'RUNNING' })];
    const [change] = proposalChanges(base, proposed, current);
    expect(change!.after).toMatchObject({ description: 'contact', status: 'RUNNING' });
    expect(change!.fields).toEqual([
      { field: 'description', base: 'old', current: 'editor', proposed: 'contact', stale: true },
    ]);
    expect(change!.stale).toBe(true);
    expect(laterEdits(base, current)).toEqual(['initiative:i1']);
  });

  it('keeps a later edit of another field without calling the proposal stale for it', () => {
    const base = [initiative({ description: 'old' })];
    const proposed = [initiative({ description: 'new' })];
    const current = [initiative({ description: 'old', status: 'RUNNING' })];
    const [change] = proposalChanges(base, proposed, current);
    expect(change!.stale).toBe(false);
    expect(change!.after).toMatchObject({ description: 'new', status: 'RUNNING' });
  });

  it('removes a field the contact cleared and compares characteristics one by one', () => {
    const scored = (score: number, evidence?: string) => ({
      characteristics: [{ characteristic: 'DEEP_CHANGE', score, ...(evidence ? { evidence } : {}) }],
    });
    const base = [initiative({ description: 'd', ...scored(1, 'little') })];
    const proposed = [initiative(scored(3, 'a new law'))];
    const [change] = proposalChanges(base, proposed, base);
    expect(change!.fields.map((f) => f.field)).toEqual([
      'description',
      'characteristic.DEEP_CHANGE.score',
      'characteristic.DEEP_CHANGE.evidence',
    ]);
    expect(change!.after).toEqual({
      id: 'i1',
      name: 'Zonnedak',
      region: 'Drenthe',
      characteristics: [{ characteristic: 'DEEP_CHANGE', score: 3, evidence: 'a new law' }],
    });
  });

  it('leaves out what is already as proposed, and a removal of what is gone; flags an addition made since', () => {
    const base = [initiative(), involvement('a2')];
    const proposed = [initiative({ status: 'RUNNING' }), involvement('a3', 'partner')];
    const current = [initiative({ status: 'RUNNING' }), involvement('a3')];
    const changes = proposalChanges(base, proposed, current);
    expect(changes.map((c) => [c.key, c.action, c.stale])).toEqual([
      ['INVOLVED_IN:actor:a3->initiative:i1', 'ADDED', true],
    ]);
    expect(changes[0]!.fields).toEqual([
      { field: 'role', base: null, current: null, proposed: 'partner', stale: false },
    ]);
  });
});

describe('proposalWrites', () => {
  it('upserts what stays, deletes what goes, and records each entity before and after', () => {
    const base = [initiative(), involvement('a2')];
    const proposed = [initiative({ status: 'RUNNING' })];
    const current = [
      { ...initiative(), seq: 4 },
      { ...involvement('a2'), seq: 5 },
    ];
    const writes = proposalWrites(proposalChanges(base, proposed, current));
    expect(writes.upserts).toEqual({
      initiatives: [{ id: 'i1', name: 'Zonnedak', region: 'Drenthe', status: 'RUNNING' }],
    });
    expect(writes.deletes).toEqual({ involvements: [{ actorId: 'a2', initiativeId: 'i1' }] });
    expect(writes.entries.map((e) => [e.section, e.seqBefore, e.after === null])).toEqual([
      ['initiatives', 4, false],
      ['involvements', 5, true],
    ]);
  });
});
