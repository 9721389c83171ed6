import type { NetworkProjection } from '../../analytics/engine/projection.js';
import { applyStates, netChanges, statesAt, type LoggedEntry } from './rewind.js';

const ini = (id: string, region: string) => ({ id, name: id, region });
const log: LoggedEntry[] = [
  { seq: 2, entry: { section: 'initiatives', before: null, after: ini('a', 'X'), seqBefore: null } },
  { seq: 3, entry: { section: 'initiatives', before: ini('a', 'X'), after: ini('a', 'Y'), seqBefore: 2 } },
  { seq: 4, entry: { section: 'initiatives', before: ini('b', 'X'), after: null, seqBefore: 1 } },
];

describe('rewinding the change log', () => {
  it('gives each entity its state after a point: the state before its first change after it', () => {
    expect(statesAt(log, 1)).toEqual(
      new Map([
        ['initiative:a', { section: 'initiatives', state: null }],
        ['initiative:b', { section: 'initiatives', state: ini('b', 'X') }],
      ]),
    );
    expect(statesAt(log, 3).get('initiative:a')).toBeUndefined();
  });

  it('nets the changes between two points, whatever happened between', () => {
    expect(netChanges(log, 1, 4).map((e) => [e.before, e.after])).toEqual([
      [null, ini('a', 'Y')],
      [ini('b', 'X'), null],
    ]);
    expect(netChanges(log, 2, 3)).toEqual([
      { section: 'initiatives', before: ini('a', 'X'), after: ini('a', 'Y'), seqBefore: null },
    ]);
    expect(netChanges(log, 4, 4)).toEqual([]);
  });

  it('puts the states into the projection', () => {
    const now: NetworkProjection = {
      initiatives: [{ id: 'a', name: 'a', region: 'Y', themes: [], startedOn: null, potential: null }],
      actors: [],
      amplifications: [],
      involvements: [],
      influences: [],
      barriers: [],
    };
    const then = applyStates(now, statesAt(log, 1));
    expect(then.initiatives).toEqual([
      { id: 'b', name: 'b', region: 'X', themes: [], startedOn: null, potential: null },
    ]);
    expect(now.initiatives).toHaveLength(1);
  });
});
