import { buildSlice, edgeIds, nodeId } from './slice.js';

describe('buildSlice', () => {
  const rows = {
    initiatives: [
      { id: 'b', name: 'B', region: 'Drenthe', themes: ['energy'], status: null, startedOn: '2020-01-01' },
      { id: 'a', name: 'A', region: null, themes: null, status: 'RUNNING' as const, startedOn: null },
    ],
    actors: [{ id: 'a', name: 'Actor A', kind: 'NGO' as const, region: null }],
    involvements: [
      { actorId: 'a', initiativeId: 'a', role: 'lead', since: null },
      { actorId: 'a', initiativeId: 'gone', role: null, since: null },
    ],
    influences: [],
    amplifications: [
      {
        fromInitiativeId: 'a',
        toInitiativeId: 'b',
        mode: 'SPREADING' as const,
        on: '2021-02-03',
        evidence: 'e',
        confidence: 0.5,
      },
      {
        fromInitiativeId: 'a',
        toInitiativeId: 'b',
        mode: 'DEEPENING' as const,
        on: null,
        evidence: null,
        confidence: null,
      },
    ],
  };

  it('prefixes node ids by kind so an actor and an initiative with one id do not clash', () => {
    const slice = buildSlice(rows, false);
    expect(slice.nodes.map((n) => n.id)).toEqual(['initiative:a', 'initiative:b', 'actor:a']);
    expect(slice.nodes[2]).toMatchObject({
      entityId: 'a',
      kind: 'ACTOR',
      label: 'Actor A',
      actorKind: 'NGO',
      themes: [],
    });
    expect(slice.nodes[0]).toMatchObject({ kind: 'INITIATIVE', themes: [], status: 'RUNNING' });
  });

  it('keeps only edges with both ends present, one per key, with their attributes', () => {
    const slice = buildSlice(rows, true);
    expect(slice.truncated).toBe(true);
    expect(slice.edges.map((e) => e.id).sort()).toEqual(
      [
        edgeIds.involvement('a', 'a'),
        edgeIds.amplification('a', 'b', 'SPREADING'),
        edgeIds.amplification('a', 'b', 'DEEPENING'),
      ].sort(),
    );
    const spreading = slice.edges.find((e) => e.mode === 'SPREADING');
    expect(spreading).toMatchObject({
      source: nodeId('INITIATIVE', 'a'),
      target: nodeId('INITIATIVE', 'b'),
      kind: 'AMPLIFIES',
      on: '2021-02-03',
      confidence: 0.5,
    });
  });
});
