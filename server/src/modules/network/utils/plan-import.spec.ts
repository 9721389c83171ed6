import type { StoredState } from '../network.repository.js';
import { changedRows, createdEntries, splitByExistence } from './plan-import.js';

const existed = { initiative: new Set(['a', 'b']), actor: new Set(['x']) };

describe('splitByExistence', () => {
  it('puts initiatives and actors with an id absent before the import among the created rows', () => {
    const initiatives = [
      { id: 'a', name: 'A' },
      { id: 'new', name: 'N' },
    ];
    expect(splitByExistence('initiatives', initiatives, existed)).toEqual({
      created: [{ id: 'new', name: 'N' }],
      known: [{ id: 'a', name: 'A' }],
    });
    const actors = [
      { id: 'x', name: 'X' },
      { id: 'a', name: 'an actor named like an initiative' },
    ];
    expect(splitByExistence('actors', actors, existed).created.map((r) => r.id)).toEqual(['a']);
  });

  it('counts a relation as known only when every end existed before', () => {
    const involvements = [
      { actorId: 'x', initiativeId: 'a' },
      { actorId: 'x', initiativeId: 'new' },
      { actorId: 'y', initiativeId: 'a' },
    ];
    const { created, known } = splitByExistence('involvements', involvements, existed);
    expect(known).toEqual([{ actorId: 'x', initiativeId: 'a' }]);
    expect(created).toHaveLength(2);
    const amplifications = [
      { fromInitiativeId: 'a', toInitiativeId: 'b', mode: 'SPREADING' as const },
      { fromInitiativeId: 'b', toInitiativeId: 'c', mode: 'DEEPENING' as const },
    ];
    const split = splitByExistence('amplifications', amplifications, existed);
    expect(split.known.map((r) => r.toInitiativeId)).toEqual(['b']);
    expect(split.created.map((r) => r.toInitiativeId)).toEqual(['c']);
    expect(splitByExistence('barriers', [{ initiativeId: 'z', barrier: 'ROUTINES' }], existed).created).toHaveLength(1);
  });
});

describe('createdEntries', () => {
  it('records each row as created, its canonical state after and nothing before', () => {
    const rows = [{ id: 'n', name: ' New ', region: ' Drenthe ', themes: ['energy', 'energy'] }];
    expect(createdEntries('initiatives', rows)).toEqual([
      {
        section: 'initiatives',
        before: null,
        after: { id: 'n', name: 'New', region: 'Drenthe', themes: ['energy'] },
        seqBefore: null,
      },
    ]);
  });

  it('gives the same entries as changedRows with nothing stored', () => {
    const rows = [
      { actorId: 'x', initiativeId: 'a', role: 'lead', since: '2020-01-01' },
      { actorId: 'y', initiativeId: 'b' },
    ];
    const none: StoredState[] = [];
    expect(createdEntries('involvements', rows)).toEqual(changedRows('involvements', rows, none).entries);
  });
});
