import {
  actorPagerank,
  betweennessScores,
  brokers,
  closenessScores,
  pagerankOnCsr,
  rankActors,
  rankInitiatives,
  topRanked,
} from './centrality.js';
import { csrFromPairs, type Csr } from './core/csr.js';
import { actorAdjacency } from './graphs.js';
import type { NetworkProjection } from './projection.js';

/** Actors only, joined by influences (weight 1 unless given): G = I with directions dropped. */
function actors(ids: string[], edges: [string, string, number?][]): NetworkProjection {
  return {
    initiatives: [],
    actors: ids.map((id) => ({ id, name: id.toUpperCase(), kind: null, region: null })),
    amplifications: [],
    involvements: [],
    influences: edges.map(([from, to, weight]) => ({ from, to, weight: weight ?? 1 })),
    barriers: [],
  };
}

function csr(ids: string[], edges: [string, string][]): Csr {
  const at = new Map(ids.map((id, i) => [id, i]));
  return csrFromPairs(
    ids,
    edges.map(([u]) => at.get(u)!),
    edges.map(([, v]) => at.get(v)!),
  );
}

const byId = (s: { ids: string[]; scores: Float64Array }): Record<string, number> =>
  Object.fromEntries(s.ids.map((id, i) => [id, s.scores[i]!]));

function expectClose(actual: Record<string, number>, expected: Record<string, number>, digits = 10): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(actual[k]).toBeCloseTo(v, digits);
}

// star: centre c, leaves l1..l4 (n = 5)
const STAR = actors(
  ['c', 'l1', 'l2', 'l3', 'l4'],
  [
    ['c', 'l1'],
    ['c', 'l2'],
    ['l3', 'c'],
    ['c', 'l4'],
  ],
);
// chain a–b–c–d–e
const CHAIN = ['a', 'b', 'c', 'd', 'e'];
const CHAIN_EDGES: [string, string][] = [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
  ['d', 'e'],
];
// diamond: a–b, a–c, b–c, b–d, c–d
const DIAMOND_EDGES: [string, string][] = [
  ['a', 'b'],
  ['a', 'c'],
  ['b', 'c'],
  ['b', 'd'],
  ['c', 'd'],
];
// 5-cycle
const CYCLE_EDGES: [string, string][] = [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
  ['d', 'e'],
  ['e', 'a'],
];
// two components: a–b–c and d–e
const TWO_EDGES: [string, string][] = [
  ['a', 'b'],
  ['b', 'c'],
  ['d', 'e'],
];

describe('degree', () => {
  it('star: the centre has 4 distinct neighbours, leaves 1; co-involvement counts once', () => {
    const r = rankActors(STAR, 'DEGREE', 3);
    expect(r.exact).toBe(true);
    expect(r.items).toEqual([
      { rank: 1, actorId: 'c', score: 4 },
      { rank: 2, actorId: 'l1', score: 1 },
      { rank: 3, actorId: 'l2', score: 1 },
    ]);
    // c and l1 also both involved in one initiative, l1 -> c influence too: still 1 neighbour each way
    const p = actors(
      ['c', 'l1'],
      [
        ['c', 'l1'],
        ['l1', 'c'],
      ],
    );
    p.initiatives.push({ id: 'i', name: 'I', region: null, themes: [], startedOn: null, potential: null });
    p.involvements.push(
      { actorId: 'c', initiativeId: 'i', since: null },
      { actorId: 'l1', initiativeId: 'i', since: null },
    );
    expect(rankActors(p, 'DEGREE').items.map((x) => x.score)).toEqual([1, 1]);
  });
});

describe('betweenness (networkx normalisation 2/((n-1)(n-2)) per unordered pair)', () => {
  it('star: every leaf pair (C(4,2) = 6) goes through the centre: 6 · 2/(4·3) = 1', () => {
    const r = rankActors(STAR, 'BETWEENNESS', undefined);
    expect(r.exact).toBe(true);
    expect(r.items[0]).toEqual({ rank: 1, actorId: 'c', score: 1 });
    expect(r.items.slice(1).map((x) => [x.actorId, x.score])).toEqual([
      ['l1', 0],
      ['l2', 0],
      ['l3', 0],
      ['l4', 0],
    ]);
  });

  it('chain a–b–c–d–e: b carries (a,c),(a,d),(a,e) = 3 → 3/6; c carries 4 pairs → 4/6', () => {
    // factor 2/((5-1)(5-2)) = 1/6
    expectClose(byId(betweennessScores(csr(CHAIN, CHAIN_EDGES))), { a: 0, b: 0.5, c: 4 / 6, d: 0.5, e: 0 });
  });

  it('diamond: (a,d) has two shortest paths, half through b, half through c → 0.5 · 2/(3·2)', () => {
    expectClose(byId(betweennessScores(csr(['a', 'b', 'c', 'd'], DIAMOND_EDGES))), { a: 0, b: 1 / 6, c: 1 / 6, d: 0 });
  });

  it('5-cycle: 5 pairs at distance 2, one middle each → every node 1 · 2/(4·3)', () => {
    const s = byId(betweennessScores(csr(['a', 'b', 'c', 'd', 'e'], CYCLE_EDGES)));
    expectClose(s, { a: 1 / 6, b: 1 / 6, c: 1 / 6, d: 1 / 6, e: 1 / 6 });
  });

  it('two components: only (a,c) through b; n = 5 counts all nodes → 1 · 2/(4·3)', () => {
    expectClose(byId(betweennessScores(csr(['a', 'b', 'c', 'd', 'e'], TWO_EDGES))), {
      a: 0,
      b: 1 / 6,
      c: 0,
      d: 0,
      e: 0,
    });
  });

  it('n ≤ 2 is not normalised (all zero)', () => {
    expectClose(byId(betweennessScores(csr(['a', 'b'], [['a', 'b']]))), { a: 0, b: 0 });
  });

  it('ties are broken by id ascending, whatever the input order', () => {
    // 5-cycle listed in reverse id order: all scores equal (up to float noise)
    const p = actors(['e', 'd', 'c', 'b', 'a'], CYCLE_EDGES);
    expect(rankActors(p, 'BETWEENNESS', 5).items.map((x) => [x.rank, x.actorId])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
      [5, 'e'],
    ]);
    // and with 1e-17 noise on otherwise equal scores
    expect(topRanked(['z', 'y', 'x'], [0.3, 0.1 + 0.2, 0.30000000000000004]).map((x) => x.id)).toEqual(['x', 'y', 'z']);
  });

  describe('sampling', () => {
    // a ring of 40 with chords: a deterministic, irregular graph
    const ids = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const edges: [string, string][] = [];
    for (let i = 0; i < 40; i++) {
      edges.push([ids[i]!, ids[(i + 1) % 40]!]);
      if (i % 3 === 0) edges.push([ids[i]!, ids[(i * 7 + 5) % 40]!]);
    }
    const g = csr(ids, edges);

    it('is used when the work budget is exceeded, says so, and is deterministic for a seed', () => {
      const a = betweennessScores(g, { maxWork: 1000 });
      expect(a.exact).toBe(false);
      // per source 40 + 2m; budget 1000 → floor(1000 / (40 + 2m)) pivots, at least 2
      expect(a.samples).toBe(Math.max(2, Math.floor(1000 / (40 + 2 * g.edgeCount))));
      const b = betweennessScores(g, { maxWork: 1000 });
      expect([...b.scores]).toEqual([...a.scores]);
      expect(b.pivots).toEqual(a.pivots);
      const c = betweennessScores(g, { maxWork: 1000, seed: 7 });
      expect(c.pivots).not.toEqual(a.pivots);
    });

    it('with k = n pivots equals the exact result', () => {
      const exact = betweennessScores(g);
      expect(exact.exact).toBe(true);
      const all = betweennessScores(g, { samples: 40 });
      expect(all.exact).toBe(false);
      for (let i = 0; i < 40; i++) expect(all.scores[i]).toBeCloseTo(exact.scores[i]!, 12);
    });

    it('rankActors reports the sample count', () => {
      const p = actors(ids, edges);
      const r = rankActors(p, 'BETWEENNESS', 3, { samples: 8 });
      expect(r).toMatchObject({ exact: false, samples: 8 });
      expect(r.items).toHaveLength(3);
      expect(rankActors(p, 'BETWEENNESS', 3, { samples: 8 })).toEqual(r);
    });
  });
});

describe('closeness (networkx, wf_improved=True)', () => {
  it('star: centre 4/4; leaf distances 1+2+2+2 = 7 → 4/7', () => {
    const s = byId(closenessScores(actorAdjacency(STAR)));
    expectClose(s, { c: 1, l1: 4 / 7, l2: 4 / 7, l3: 4 / 7, l4: 4 / 7 });
  });

  it('chain: a 4/10, b 4/7, c 4/6', () => {
    expectClose(byId(closenessScores(csr(CHAIN, CHAIN_EDGES))), { a: 0.4, b: 4 / 7, c: 4 / 6, d: 4 / 7, e: 0.4 });
  });

  it('two components: (r-1)/Σd · (r-1)/(n-1): a (2/3)(2/4), b (2/2)(2/4), d (1/1)(1/4)', () => {
    expectClose(byId(closenessScores(csr(['a', 'b', 'c', 'd', 'e'], TWO_EDGES))), {
      a: 1 / 3,
      b: 0.5,
      c: 1 / 3,
      d: 0.25,
      e: 0.25,
    });
  });

  it('an isolated node has closeness 0', () => {
    expectClose(byId(closenessScores(csr(['a', 'b', 'z'], [['a', 'b']]))), { a: 0.5, b: 0.5, z: 0 });
  });

  it('sampled: pivots exact, a k = n sample is exact everywhere, deterministic', () => {
    const g = csr(CHAIN, CHAIN_EDGES);
    const all = closenessScores(g, { samples: 5 });
    expect(all.exact).toBe(false);
    expectClose(byId(all), { a: 0.4, b: 4 / 7, c: 4 / 6, d: 4 / 7, e: 0.4 });
    const two = closenessScores(g, { samples: 2 });
    expect(two.samples).toBe(2);
    expect([...closenessScores(g, { samples: 2 }).scores]).toEqual([...two.scores]);
    for (const p of two.pivots!) expect(two.scores[p]).toBeCloseTo([0.4, 4 / 7, 4 / 6, 4 / 7, 0.4][p]!, 12);
  });
});

describe('PageRank on I', () => {
  it('two nodes a → b, b dangling: solved by hand', () => {
    // x_a = 0.15/2 + 0.85·x_b/2                (b spreads evenly over both)
    // x_b = 0.15/2 + 0.85·x_a + 0.85·x_b/2
    // with x_a + x_b = 1: 1.425·x_a = 0.5 → x_a = 0.350877…, x_b = 0.649122…
    const s = byId(actorPagerank(actors(['a', 'b'], [['a', 'b']])));
    expect(s.a).toBeCloseTo(0.5 / 1.425, 6);
    expect(s.b).toBeCloseTo(1 - 0.5 / 1.425, 6);
  });

  it('weighted, dangling c and isolated d: the converged values of networkx and igraph', () => {
    // a→b (1), a→c (3), b→c (1); c and d have no out-edges.
    // Fixpoint, D = x_c + x_d (dangling mass), t = 0.15/4 + 0.85·D/4:
    //   x_a = x_d = t;  x_b = t + 0.85·x_a·1/4;  x_c = t + 0.85·(x_a·3/4 + x_b)
    // Constants: networkx 3.6.1 pagerank(G, alpha=0.85, weight='weight', tol=1e-14), printed
    // repr(); python-igraph 1.0.0 (PRPACK) agrees to 1e-15. (Until PageRank was solved to
    // convergence these were networkx's default-tolerance values, 1e-7 away.)
    const p = actors(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b', 1],
        ['a', 'c', 3],
        ['b', 'c', 1],
      ],
    );
    const s = byId(actorPagerank(p));
    const nx = { a: 0.1700499521734526, b: 0.20618556701030932, c: 0.4537145286427854, d: 0.1700499521734526 };
    for (const k of ['a', 'b', 'c', 'd'] as const) expect(Math.abs(s[k]! - nx[k])).toBeLessThan(1e-12);
    // the fixpoint equations hold
    const t = 0.15 / 4 + (0.85 * (s.c! + s.d!)) / 4;
    expect(s.a).toBeCloseTo(t, 12);
    expect(s.b).toBeCloseTo(t + 0.85 * s.a! * 0.25, 12);
    expect(s.c).toBeCloseTo(t + 0.85 * (s.a! * 0.75 + s.b!), 12);
    expect(s.a! + s.b! + s.c! + s.d!).toBeCloseTo(1, 12);
    // ranking: c, b, then a and d tie → a before d
    expect(rankActors(p, 'PAGERANK', 4).items.map((x) => x.actorId)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('no actors: empty ranking', () => {
    expect(rankActors(actors([], []), 'PAGERANK').items).toEqual([]);
  });
});

describe('initiatives on T', () => {
  // i1–i2 via actor x, i2–i3 via amplification, i4 isolated
  const p: NetworkProjection = {
    initiatives: ['i1', 'i2', 'i3', 'i4'].map((id) => ({
      id,
      name: id,
      region: null,
      themes: [],
      startedOn: null,
      potential: null,
    })),
    actors: [{ id: 'x', name: 'X', kind: null, region: null }],
    amplifications: [{ from: 'i3', to: 'i2', mode: 'BROADENING', on: null }],
    involvements: [
      { actorId: 'x', initiativeId: 'i1', since: null },
      { actorId: 'x', initiativeId: 'i2', since: null },
    ],
    influences: [],
    barriers: [],
  };

  it('degree and betweenness (i2 carries (i1,i3): 1 · 2/(3·2))', () => {
    expect(rankInitiatives(p, 'DEGREE', 2).items).toEqual([
      { rank: 1, initiativeId: 'i2', score: 2 },
      { rank: 2, initiativeId: 'i1', score: 1 },
    ]);
    expect(rankInitiatives(p, 'BETWEENNESS', 1).items).toEqual([{ rank: 1, initiativeId: 'i2', score: 1 / 3 }]);
  });

  it('PageRank on T: the converged values of networkx', () => {
    // networkx 3.6.1 pagerank(Graph(i1–i2, i2–i3, isolated i4), alpha=0.85, tol=1e-14); by hand
    // (pagerank.ts eq. 1): y_i1 = y_i3 = 1 + 0.85·y_i2/2, y_i2 = 1 + 0.85·(y_i1 + y_i3), y_i4 = 1.
    // (Until PageRank was solved to convergence these were networkx's default-tolerance values,
    // 4.5e-7 away.)
    const nx = { i1: 0.24453024453024055, i2: 0.4633204633204713, i3: 0.24453024453024055, i4: 0.04761904761904763 };
    const r = rankInitiatives(p, 'PAGERANK', undefined);
    for (const x of r.items) expect(Math.abs(x.score - nx[x.initiativeId as keyof typeof nx])).toBeLessThan(1e-12);
    expect(r.items.map((x) => x.initiativeId)).toEqual(['i2', 'i1', 'i3', 'i4']);
    // the CSR iteration, without teleport mass lost: sums to 1
    const g = csr(['a', 'b', 'c'], [['a', 'b']]);
    expect([...pagerankOnCsr(g)].reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
  });
});

describe('brokers', () => {
  it('lists actors spanning several regions or themes, with counts and lists', () => {
    const ini = (id: string, region: string | null, themes: string[]) => ({
      id,
      name: id,
      region,
      themes,
      startedOn: null,
      potential: null,
    });
    const p: NetworkProjection = {
      initiatives: [
        ini('i1', 'Drenthe', ['energy']),
        ini('i2', 'Utrecht', ['energy']),
        ini('i3', 'Utrecht', ['food', 'care']),
        ini('i4', null, ['energy']),
      ],
      actors: ['m', 'n', 'o', 'q'].map((id) => ({ id, name: id, kind: null, region: null })),
      amplifications: [],
      involvements: [
        // m: 2 regions, 3 themes; n: 1 region, 3 themes; o: 2 regions 1 theme; q: 1 region 1 theme
        ...['i1', 'i2', 'i3'].map((i) => ({ actorId: 'm', initiativeId: i, since: null })),
        ...['i3', 'i4'].map((i) => ({ actorId: 'n', initiativeId: i, since: null })),
        ...['i1', 'i2'].map((i) => ({ actorId: 'o', initiativeId: i, since: null })),
        { actorId: 'q', initiativeId: 'i4', since: null },
      ],
      influences: [],
      barriers: [],
    };
    expect(brokers(p)).toEqual([
      {
        rank: 1,
        actorId: 'm',
        regions: ['Drenthe', 'Utrecht'],
        themes: ['care', 'energy', 'food'],
        regionCount: 2,
        themeCount: 3,
        initiativeCount: 3,
      },
      {
        rank: 2,
        actorId: 'n',
        regions: ['Utrecht'],
        themes: ['care', 'energy', 'food'],
        regionCount: 1,
        themeCount: 3,
        initiativeCount: 2,
      },
      {
        rank: 3,
        actorId: 'o',
        regions: ['Drenthe', 'Utrecht'],
        themes: ['energy'],
        regionCount: 2,
        themeCount: 1,
        initiativeCount: 2,
      },
    ]);
    expect(brokers(p, 1).map((b) => b.actorId)).toEqual(['m']);
  });
});
