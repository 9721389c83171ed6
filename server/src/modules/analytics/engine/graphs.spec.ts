import type { NetworkInput } from '../../../domain/network.types.js';
import {
  actorAdjacency,
  actorGraphG,
  influenceGraphI,
  involvementGraph,
  projectionFromNetworkInput,
  tieAdjacency,
  tieComponents,
  tieGraphT,
} from './graphs.js';
import { csrFromPairs, neighbours } from './core/csr.js';
import type { NetworkProjection } from './projection.js';

/** a tiny network: 4 initiatives, 4 actors */
function tiny(): NetworkProjection {
  return {
    initiatives: [
      { id: 'i1', name: 'One', region: 'Drenthe', themes: ['energy'], startedOn: '2020-01-10', potential: 3 },
      { id: 'i2', name: 'Two', region: 'Drenthe', themes: ['food'], startedOn: '2020-03-01', potential: null },
      { id: 'i3', name: 'Three', region: 'Utrecht', themes: ['energy', 'care'], startedOn: '2021-06-01', potential: 1 },
      { id: 'i4', name: 'Four', region: 'Utrecht', themes: [], startedOn: null, potential: null },
    ],
    actors: [
      { id: 'a', name: 'A', kind: 'MUNICIPALITY', region: 'Drenthe' },
      { id: 'b', name: 'B', kind: 'FARMER', region: null },
      { id: 'c', name: 'C', kind: null, region: null },
      { id: 'd', name: 'D', kind: 'NGO', region: 'Utrecht' },
    ],
    // i1 -> i3 spreads
    amplifications: [{ from: 'i1', to: 'i3', mode: 'SPREADING', on: '2021-06-02' }],
    // a: i1, i2 ; b: i2 ; c: i2
    involvements: [
      { actorId: 'a', initiativeId: 'i1', since: null },
      { actorId: 'a', initiativeId: 'i2', since: '2020-03-01' },
      { actorId: 'b', initiativeId: 'i2', since: null },
      { actorId: 'c', initiativeId: 'i2', since: null },
      { actorId: 'a', initiativeId: 'i2', since: '2020-03-01' }, // duplicate: ignored
    ],
    // d -> a, a -> d (one edge of G), b -> c (also co-involved: still one edge)
    influences: [
      { from: 'd', to: 'a', weight: 2 },
      { from: 'a', to: 'd', weight: 1 },
      { from: 'b', to: 'c', weight: 0.5 },
    ],
    barriers: [],
  };
}

const sortedEdges = (edges: [string, string][]): string[] => edges.map(([u, v]) => [u, v].sort().join('-')).sort();

describe('graph builders', () => {
  it('G: influences either way plus co-involvement cliques, simple graph', () => {
    const g = actorGraphG(tiny());
    // influences d–a, b–c; i2 clique over {a, b, c}: a–b, a–c, b–c (b–c already there)
    expect(g.order).toBe(4);
    expect(sortedEdges(g.mapEdges((_e, _a, s, t) => [s, t]))).toEqual(['a-b', 'a-c', 'a-d', 'b-c']);
    expect(g.degree('a')).toBe(3);
    expect(g.getNodeAttributes('a')).toMatchObject({
      nodeType: 'actor',
      kind: 'MUNICIPALITY',
      region: 'Drenthe',
      themes: ['energy', 'food'],
      initiativeRegions: ['Drenthe'],
    });
  });

  it('I: directed, weighted, every actor a node', () => {
    const g = influenceGraphI(tiny());
    expect(g.order).toBe(4);
    expect(g.size).toBe(3);
    expect(g.getEdgeAttribute(g.edge('d', 'a')!, 'weight')).toBe(2);
    expect(g.outDegree('c')).toBe(0);
    // repeated pairs are summed
    const p = tiny();
    p.influences.push({ from: 'd', to: 'a', weight: 0.25 });
    expect(influenceGraphI(p).getEdgeAttribute('d', 'a', 'weight')).toBe(2.25);
  });

  it('T: amplification either way or a shared actor', () => {
    const t = tieGraphT(tiny());
    // i1–i3 (amplification), i1–i2 (actor a); i4 isolated
    expect(sortedEdges(t.mapEdges((_e, _a, s, t2) => [s, t2]))).toEqual(['i1-i2', 'i1-i3']);
    expect(t.degree('i4')).toBe(0);
    expect(t.getNodeAttributes('i3')).toMatchObject({
      region: 'Utrecht',
      themes: ['energy', 'care'],
      nodeType: 'initiative',
    });
  });

  it('CSR builders agree with the graphology graphs and are sorted and deduplicated', () => {
    const p = tiny();
    const t = tieAdjacency(p);
    expect(t.edgeCount).toBe(2);
    expect([...neighbours(t, 0)]).toEqual([1, 2]);
    const g = actorAdjacency(p);
    expect(g.edgeCount).toBe(4);
    expect([...neighbours(g, 0)]).toEqual([1, 2, 3]);
    const c = csrFromPairs(['x', 'y', 'z'], [2, 0, 2, 1], [0, 2, 2, 0]);
    expect(c.edgeCount).toBe(2); // x–z twice, z–z self-loop dropped, x–y
    expect([...neighbours(c, 0)]).toEqual([1, 2]);
  });

  it('a busy actor makes a clique in T', () => {
    const p = tiny();
    p.involvements.push(
      { actorId: 'd', initiativeId: 'i1', since: null },
      { actorId: 'd', initiativeId: 'i3', since: null },
      { actorId: 'd', initiativeId: 'i4', since: null },
    );
    const t = tieAdjacency(p);
    // d adds i1–i3 (exists), i1–i4, i3–i4
    expect(t.edgeCount).toBe(4);
  });

  it('bipartite alternative links initiatives through actors', () => {
    const g = involvementGraph(tiny());
    expect(g.order).toBe(8);
    // 4 distinct involvements + 1 amplification
    expect(g.size).toBe(5);
    expect(g.hasEdge('a:a', 'i:i1')).toBe(true);
  });

  it('projectionFromNetworkInput applies the contract defaults', () => {
    const input: NetworkInput = {
      initiatives: [
        {
          id: 'x',
          name: 'X',
          characteristics: [
            { characteristic: 'SYSTEM_STEP', score: 1 },
            { characteristic: 'AMPLIFICATION_POTENTIAL', score: 2 },
          ],
        },
        { id: 'y', name: 'Y', region: 'Zeeland', themes: ['water'], startedOn: '2019-01-01' },
      ],
      actors: [
        { id: 'p', name: 'P' },
        { id: 'q', name: 'Q', kind: 'NGO' },
      ],
      involvements: [{ actorId: 'p', initiativeId: 'x' }],
      influences: [{ fromActorId: 'p', toActorId: 'q' }],
      amplifications: [{ fromInitiativeId: 'x', toInitiativeId: 'y', mode: 'DEEPENING' }],
      barriers: [{ initiativeId: 'x', barrier: 'REGULATION' }],
    };
    expect(projectionFromNetworkInput(input)).toEqual({
      initiatives: [
        { id: 'x', name: 'X', region: null, themes: [], startedOn: null, potential: 2 },
        { id: 'y', name: 'Y', region: 'Zeeland', themes: ['water'], startedOn: '2019-01-01', potential: null },
      ],
      actors: [
        { id: 'p', name: 'P', kind: null, region: null },
        { id: 'q', name: 'Q', kind: 'NGO', region: null },
      ],
      amplifications: [{ from: 'x', to: 'y', mode: 'DEEPENING', on: null }],
      involvements: [{ actorId: 'p', initiativeId: 'x', since: null }],
      influences: [{ from: 'p', to: 'q', weight: 1 }],
      barriers: [{ initiativeId: 'x', barrier: 'REGULATION', overcome: false }],
    });
  });
});

describe('tieComponents (bipartite union-find)', () => {
  it('agrees with T: {i1, i2, i3} and {i4}; i4 is the only isolate', () => {
    const c = tieComponents(tiny());
    expect(c.count).toBe(2);
    expect(c.isolates).toEqual(['i4']);
    expect(c.largest).toBe(3);
    expect([...c.componentOf]).toEqual([0, 0, 0, 1]);
  });

  it('an actor in a single initiative does not tie it; a self-amplification neither', () => {
    const p = tiny();
    p.involvements.push({ actorId: 'd', initiativeId: 'i4', since: null });
    p.amplifications.push({ from: 'i4', to: 'i4', mode: 'DEEPENING', on: null });
    expect(tieComponents(p).isolates).toEqual(['i4']);
    p.involvements.push({ actorId: 'd', initiativeId: 'i3', since: null });
    expect(tieComponents(p)).toMatchObject({ count: 1, isolates: [], largest: 4 });
  });
});
