import { networkToGraph } from './graph-model.js';

describe('networkToGraph', () => {
  it('prefixes node ids so an initiative and an actor may share an id', () => {
    const graph = networkToGraph({
      initiatives: [{ id: 'x', name: 'Initiative X' }],
      actors: [{ id: 'x', name: 'Actor X', kind: 'NGO' }],
      involvements: [{ actorId: 'x', initiativeId: 'x', role: 'lead' }],
    });
    expect(graph.nodes).toEqual([
      { id: 'i:x', label: 'Initiative X', attributes: { type: 'initiative' } },
      { id: 'a:x', label: 'Actor X', attributes: { type: 'actor', kind: 'NGO' } },
    ]);
    expect(graph.edges).toEqual([
      {
        id: 'e0',
        source: 'a:x',
        target: 'i:x',
        relationship: 'INVOLVED_IN',
        attributes: { relationship: 'INVOLVED_IN', role: 'lead' },
      },
    ]);
  });

  it('joins lists with |, drops nulls and gives influences their weight (default 1)', () => {
    const graph = networkToGraph({
      initiatives: [
        { id: 'a', name: 'A', themes: ['energy', 'care'], region: null, latitude: 0 },
        { id: 'b', name: 'B' },
      ],
      actors: [
        { id: 'p', name: 'P' },
        { id: 'q', name: 'Q' },
      ],
      influences: [
        { fromActorId: 'p', toActorId: 'q', weight: 2.5 },
        { fromActorId: 'q', toActorId: 'p', weight: null },
      ],
      amplifications: [
        { fromInitiativeId: 'a', toInitiativeId: 'b', mode: 'SPREADING', mechanisms: ['BANDWAGON', 'COUPLING'] },
      ],
    });
    expect(graph.nodes[0]!.attributes).toEqual({ type: 'initiative', themes: 'energy|care', latitude: 0 });
    expect(graph.edges.map((e) => [e.relationship, e.weight])).toEqual([
      ['INFLUENCES', 2.5],
      ['INFLUENCES', 1],
      ['AMPLIFIES', undefined],
    ]);
    expect(graph.edges[2]!.attributes).toEqual({
      relationship: 'AMPLIFIES',
      mode: 'SPREADING',
      mechanisms: 'BANDWAGON|COUPLING',
    });
  });

  it('leaves out edges to nodes outside the network and keeps the first of duplicate nodes', () => {
    const graph = networkToGraph({
      initiatives: [
        { id: 'a', name: 'First' },
        { id: 'a', name: 'Second' },
      ],
      actors: [{ id: 'p', name: 'P' }],
      involvements: [
        { actorId: 'p', initiativeId: 'elsewhere' },
        { actorId: 'p', initiativeId: 'a' },
      ],
      amplifications: [{ fromInitiativeId: 'a', toInitiativeId: 'gone', mode: 'DEEPENING' }],
    });
    expect(graph.nodes.map((n) => n.label)).toEqual(['First', 'P']);
    expect(graph.edges.map((e) => [e.id, e.source, e.target])).toEqual([['e0', 'a:p', 'i:a']]);
  });
});
