import type { AmplificationMode } from '../../../domain/network.types.js';
import { buildAmplificationIndex, computeCascade, listCascades, sizeBin } from './cascade.js';
import { shannonEntropy } from './core/counts.js';
import { UnknownInitiativeError } from './core/errors.js';
import type { InitiativeNode, NetworkProjection } from './projection.js';

type Edge = [string, string, AmplificationMode?, string?];

function initiative(id: string, extra: Partial<InitiativeNode> = {}): InitiativeNode {
  return { id, name: id, region: null, themes: [], startedOn: null, potential: null, ...extra };
}

function projectionOf(nodes: (string | InitiativeNode)[], edges: Edge[]): NetworkProjection {
  return {
    initiatives: nodes.map((n) => (typeof n === 'string' ? initiative(n) : n)),
    actors: [],
    amplifications: edges.map(([from, to, mode, on]) => ({ from, to, mode: mode ?? 'SPREADING', on: on ?? null })),
    involvements: [],
    influences: [],
    barriers: [],
  };
}

function cascadeOf(nodes: (string | InitiativeNode)[], edges: Edge[], root: string, modes?: AmplificationMode[]) {
  return computeCascade(buildAmplificationIndex(projectionOf(nodes, edges)), root, modes);
}

describe('computeCascade', () => {
  it('a star r→a,b,c: depth 1, breadth 3, virality (3·1 + 3·2)/6 = 1.5', () => {
    const c = cascadeOf(
      ['r', 'a', 'b', 'c'],
      [
        ['r', 'a'],
        ['r', 'b'],
        ['r', 'c'],
      ],
      'r',
    );
    expect(c.size).toBe(4);
    expect(c.depth).toBe(1);
    expect(c.generations).toEqual([1, 3]);
    expect(c.maxBreadth).toBe(3);
    expect(c.structuralVirality).toBeCloseTo(1.5, 12);
    expect(c.byMode).toEqual({ deepening: 0, broadening: 0, spreading: 3 });
  });

  it('a chain r→a→b→c: virality (n+1)/3 = 5/3 (pairs at 1,1,1,2,2,3 = 10, over 6)', () => {
    const c = cascadeOf(
      ['r', 'a', 'b', 'c'],
      [
        ['r', 'a'],
        ['a', 'b'],
        ['b', 'c'],
      ],
      'r',
    );
    expect(c.generations).toEqual([1, 1, 1, 1]);
    expect(c.depth).toBe(3);
    expect(c.maxBreadth).toBe(1);
    expect(c.structuralVirality).toBeCloseTo(5 / 3, 12);
    expect(c.nodes.map(({ id, generation }) => ({ id, generation }))).toEqual([
      { id: 'r', generation: 0 },
      { id: 'a', generation: 1 },
      { id: 'b', generation: 2 },
      { id: 'c', generation: 3 },
    ]);
  });

  it('carries each node’s name, region and start, and each edge’s date, for drawing and playback', () => {
    const c = cascadeOf(
      [
        initiative('r', { name: 'Regentonnen', region: 'Drenthe', startedOn: '2014-01-01' }),
        initiative('a', { name: 'Wadi Wijk', region: 'Utrecht' }),
      ],
      [['r', 'a', 'BROADENING', '2016-03-01']],
      'r',
    );
    expect(c.nodes).toEqual([
      { id: 'r', generation: 0, name: 'Regentonnen', region: 'Drenthe', startedOn: '2014-01-01' },
      { id: 'a', generation: 1, name: 'Wadi Wijk', region: 'Utrecht', startedOn: null },
    ]);
    expect(c.edges).toEqual([{ from: 'r', to: 'a', mode: 'BROADENING', on: '2016-03-01' }]);
  });

  it('a diamond r→a,b→c: generations [1,2,1]; the 4-cycle r-a-c-b gives 4 pairs at 1 and 2 at 2 = 8/6', () => {
    const c = cascadeOf(
      ['r', 'a', 'b', 'c'],
      [
        ['r', 'a', 'DEEPENING'],
        ['r', 'b', 'BROADENING'],
        ['a', 'c'],
        ['b', 'c'],
      ],
      'r',
    );
    expect(c.size).toBe(4);
    expect(c.generations).toEqual([1, 2, 1]);
    expect(c.depth).toBe(2);
    expect(c.maxBreadth).toBe(2);
    expect(c.structuralVirality).toBeCloseTo(4 / 3, 12);
    expect(c.byMode).toEqual({ deepening: 1, broadening: 1, spreading: 2 });
    expect(c.edges).toEqual([
      { from: 'a', to: 'c', mode: 'SPREADING', on: null },
      { from: 'b', to: 'c', mode: 'SPREADING', on: null },
      { from: 'r', to: 'a', mode: 'DEEPENING', on: null },
      { from: 'r', to: 'b', mode: 'BROADENING', on: null },
    ]);
  });

  it('uses every induced edge, not only the BFS tree: r→a, r→b, a→b is a triangle (virality 1, not 4/3)', () => {
    const c = cascadeOf(
      ['r', 'a', 'b'],
      [
        ['r', 'a'],
        ['r', 'b'],
        ['a', 'b'],
      ],
      'r',
    );
    expect(c.generations).toEqual([1, 2]);
    expect(c.structuralVirality).toBeCloseTo(1, 12);
    expect(c.byMode.spreading).toBe(3);
  });

  it('follows a cycle r→a→b→r once: size 3, depth 2, triangle virality 1', () => {
    const c = cascadeOf(
      ['r', 'a', 'b'],
      [
        ['r', 'a'],
        ['a', 'b'],
        ['b', 'r'],
      ],
      'r',
    );
    expect(c.size).toBe(3);
    expect(c.generations).toEqual([1, 1, 1]);
    expect(c.structuralVirality).toBeCloseTo(1, 12);
    expect(c.byMode.spreading).toBe(3);
  });

  it('stays inside its own component and ignores edges from outside (a node with two parents)', () => {
    // p1→c, p2→c, and a separate x→y
    const nodes = ['p1', 'p2', 'c', 'x', 'y'];
    const edges: Edge[] = [
      ['p1', 'c'],
      ['p2', 'c'],
      ['x', 'y'],
    ];
    const c = cascadeOf(nodes, edges, 'p1');
    expect(c.nodes.map((n) => n.id)).toEqual(['p1', 'c']);
    expect(c.byMode.spreading).toBe(1); // p2→c has one end outside
    expect(c.structuralVirality).toBe(1);
    const fromChild = cascadeOf(nodes, edges, 'c');
    expect(fromChild.size).toBe(1);
  });

  it('a self-contained cascade of one: size 1, depth 0, virality 0', () => {
    const c = cascadeOf(['solo', 'other'], [['other', 'solo']], 'solo');
    expect(c).toMatchObject({
      size: 1,
      depth: 0,
      maxBreadth: 1,
      generations: [1],
      structuralVirality: 0,
      byMode: { deepening: 0, broadening: 0, spreading: 0 },
      edges: [],
    });
  });

  it('filters by mode; omitted or empty modes = all', () => {
    const nodes = ['r', 'a', 'b'];
    const edges: Edge[] = [
      ['r', 'a', 'DEEPENING'],
      ['a', 'b', 'SPREADING'],
    ];
    expect(cascadeOf(nodes, edges, 'r', ['DEEPENING']).size).toBe(2);
    expect(cascadeOf(nodes, edges, 'r', ['SPREADING']).size).toBe(1);
    expect(cascadeOf(nodes, edges, 'r', ['SPREADING', 'DEEPENING']).size).toBe(3);
    expect(cascadeOf(nodes, edges, 'r', []).size).toBe(3);
    expect(cascadeOf(nodes, edges, 'r').size).toBe(3);
    // induced on {r,a} by DEEPENING only: the SPREADING edge a→b does not count
    expect(cascadeOf(nodes, edges, 'r', ['DEEPENING']).byMode).toEqual({ deepening: 1, broadening: 0, spreading: 0 });
  });

  it('throws UnknownInitiativeError (NOT_FOUND) for an unknown root', () => {
    const index = buildAmplificationIndex(projectionOf(['a'], []));
    expect(() => computeCascade(index, 'nope')).toThrow(UnknownInitiativeError);
    try {
      computeCascade(index, 'nope');
    } catch (error) {
      expect((error as UnknownInitiativeError).code).toBe('NOT_FOUND');
    }
  });

  it('can be queried repeatedly on one index (scratch is reset)', () => {
    const index = buildAmplificationIndex(
      projectionOf(
        ['r', 'a', 'b'],
        [
          ['r', 'a'],
          ['a', 'b'],
        ],
      ),
    );
    expect(computeCascade(index, 'r').size).toBe(3);
    expect(computeCascade(index, 'a').size).toBe(2);
    expect(computeCascade(index, 'r').generations).toEqual([1, 1, 1]);
  });

  describe('dates, regions and themes', () => {
    // r (2020-01-01, Drenthe, energy) → a (2020-04-15, Drenthe, energy+food), r → b (2020-02-01, Groningen, energy)
    // a → c (no startedOn, Friesland, no theme) amplified on 2021-01-01
    // c → d (no startedOn, no region, food) amplified on an unknown date
    const nodes = [
      initiative('r', { startedOn: '2020-01-01', region: 'Drenthe', themes: ['energy'] }),
      initiative('a', { startedOn: '2020-04-15', region: 'Drenthe', themes: ['energy', 'food'] }),
      initiative('b', { startedOn: '2020-02-01', region: 'Groningen', themes: ['energy'] }),
      initiative('c', { region: 'Friesland' }),
      initiative('d', { themes: ['food'] }),
    ];
    const edges: Edge[] = [
      ['r', 'a', 'DEEPENING', '2020-04-01'],
      ['r', 'b', 'SPREADING', '2020-01-20'],
      ['a', 'c', 'BROADENING', '2021-01-01'],
      ['c', 'd', 'SPREADING'],
    ];
    const c = cascadeOf(nodes, edges, 'r');

    it('time to generation: gen 1 = b (31 days: January), gen 2 = c by its edge date (366 days: 2020 is a leap year), gen 3 unknown', () => {
      expect(c.generations).toEqual([1, 2, 1, 1]);
      expect(c.timeToGeneration).toEqual([0, 31, 366, null]);
    });

    it('is null everywhere when the root has no startedOn', () => {
      const undated = cascadeOf([initiative('r'), ...nodes.slice(1)], edges, 'r');
      expect(undated.timeToGeneration).toEqual([null, null, null, null]);
    });

    it('adoption curve by startedOn month, gap months filled, undated left out', () => {
      expect(c.adoptionCurve).toEqual([
        { month: '2020-01', joined: 1, cumulative: 1 },
        { month: '2020-02', joined: 1, cumulative: 2 },
        { month: '2020-03', joined: 0, cumulative: 2 },
        { month: '2020-04', joined: 1, cumulative: 3 },
      ]);
    });

    it('regions: Drenthe 2, Friesland 1, Groningen 1 → entropy −(½log½ + 2·¼log¼) = 1.5 bits', () => {
      expect(c.regionsReached).toBe(3);
      expect(c.regions).toEqual([
        { name: 'Drenthe', count: 2 },
        { name: 'Friesland', count: 1 },
        { name: 'Groningen', count: 1 },
      ]);
      expect(c.regionEntropy).toBeCloseTo(1.5, 12);
    });

    it('themes: energy 3, food 2 → entropy −(0.6·log2 0.6 + 0.4·log2 0.4) ≈ 0.970951', () => {
      expect(c.themes).toEqual([
        { name: 'energy', count: 3 },
        { name: 'food', count: 2 },
      ]);
      expect(c.themeEntropy).toBeCloseTo(0.970951, 5);
    });

    it('counts modes of edges inside the cascade', () => {
      expect(c.byMode).toEqual({ deepening: 1, broadening: 1, spreading: 2 });
    });
  });

  it('crosses a year boundary in the adoption curve', () => {
    const c = cascadeOf(
      [initiative('r', { startedOn: '2019-11-30' }), initiative('a', { startedOn: '2020-01-02' })],
      [['r', 'a']],
      'r',
    );
    expect(c.adoptionCurve.map((p) => p.month)).toEqual(['2019-11', '2019-12', '2020-01']);
    expect(c.timeToGeneration).toEqual([0, 33]);
  });
});

describe('shannonEntropy and sizeBin', () => {
  it('entropy of a uniform distribution over 4 is 2 bits, of one value 0', () => {
    expect(shannonEntropy([5, 5, 5, 5])).toBeCloseTo(2, 12);
    expect(shannonEntropy([7])).toBe(0);
    expect(shannonEntropy([])).toBe(0);
  });
  it('bins sizes', () => {
    expect([1, 2, 4, 5, 9, 10, 19, 20, 49, 50, 99, 100, 5000].map(sizeBin)).toEqual([
      '1',
      '2–4',
      '2–4',
      '5–9',
      '5–9',
      '10–19',
      '10–19',
      '20–49',
      '20–49',
      '50–99',
      '50–99',
      '100+',
      '100+',
    ]);
  });
});

describe('listCascades', () => {
  // star s→s1,s2,s3 (Drenthe, energy, 2020); chain c→c1→c2→c3→c4 (Groningen, food, 2021);
  // two parents p1→x, p2→x (p1 BROADENING); a lone initiative; m -DEEPENING-> m1 -SPREADING-> m2
  const nodes = [
    initiative('s', { region: 'Drenthe', themes: ['energy'], startedOn: '2020-05-01' }),
    's1',
    initiative('s2', { region: 'Utrecht' }),
    's3',
    initiative('c', { region: 'Groningen', themes: ['food'], startedOn: '2021-05-01' }),
    initiative('c1', { region: 'Drenthe' }),
    initiative('c2', { region: 'Friesland' }),
    'c3',
    'c4',
    'p1',
    'p2',
    'x',
    'lone',
    'm',
    'm1',
    'm2',
  ];
  const edges: Edge[] = [
    ['s', 's1'],
    ['s', 's2'],
    ['s', 's3'],
    ['c', 'c1'],
    ['c1', 'c2'],
    ['c2', 'c3'],
    ['c3', 'c4'],
    ['p1', 'x', 'BROADENING'],
    ['p2', 'x'],
    ['m', 'm1', 'DEEPENING'],
    ['m1', 'm2'],
  ];
  const projection = projectionOf(nodes, edges);
  const index = buildAmplificationIndex(projection);

  it('lists roots with at least one out-edge, by size desc then root id asc', () => {
    const list = listCascades(index, projection, { sortBy: 'SIZE', first: 10 });
    // sizes: c 5, s 4, m 3, p1 2, p2 2
    expect(list.map((c) => [c.rootId, c.size, c.sizeBin])).toEqual([
      ['c', 5, '5–9'],
      ['s', 4, '2–4'],
      ['m', 3, '2–4'],
      ['p1', 2, '2–4'],
      ['p2', 2, '2–4'],
    ]);
    expect(list[0]).toMatchObject({ depth: 4, maxBreadth: 1, regionsReached: 3 });
    expect(list[0]!.structuralVirality).toBeCloseTo(2, 12); // chain of 5: (5+1)/3
  });

  it('sorts by depth, virality and regions; `first` cuts', () => {
    expect(listCascades(index, projection, { sortBy: 'DEPTH', first: 2 }).map((c) => c.rootId)).toEqual(['c', 'm']);
    // virality: c 2, m 4/3, s 1.5, p 1 → c, s, m
    expect(listCascades(index, projection, { sortBy: 'STRUCTURAL_VIRALITY', first: 3 }).map((c) => c.rootId)).toEqual([
      'c',
      's',
      'm',
    ]);
    // regions: c 3 (Groningen, Drenthe, Friesland), s 2 (Drenthe, Utrecht), others 0 (by id)
    expect(listCascades(index, projection, { sortBy: 'REGIONS_REACHED', first: 3 }).map((c) => c.rootId)).toEqual([
      'c',
      's',
      'm',
    ]);
  });

  it('filters roots by mode: with SPREADING only, m1 becomes a root and p1 is not one (no SPREADING out-edge)', () => {
    const list = listCascades(index, projection, { modes: ['SPREADING'], sortBy: 'SIZE', first: 10 });
    expect(list.map((c) => `${c.rootId}:${c.size}`)).toEqual(['c:5', 's:4', 'm1:2', 'p2:2']);
  });

  it('filters by root region, theme and date range; minSize', () => {
    expect(
      listCascades(index, projection, { region: 'Drenthe', sortBy: 'SIZE', first: 10 }).map((c) => c.rootId),
    ).toEqual(['s']);
    expect(listCascades(index, projection, { theme: 'food', sortBy: 'SIZE', first: 10 }).map((c) => c.rootId)).toEqual([
      'c',
    ]);
    expect(
      listCascades(index, projection, { from: '2021-01-01', to: '2021-12-31', sortBy: 'SIZE', first: 10 }).map(
        (c) => c.rootId,
      ),
    ).toEqual(['c']);
    expect(listCascades(index, projection, { minSize: 4, sortBy: 'SIZE', first: 10 }).map((c) => c.rootId)).toEqual([
      'c',
      's',
    ]);
    const withSingles = listCascades(index, projection, { minSize: 1, sortBy: 'SIZE', first: 100 });
    expect(withSingles.find((c) => c.rootId === 'lone')).toMatchObject({
      size: 1,
      sizeBin: '1',
      structuralVirality: 0,
    });
  });
});
