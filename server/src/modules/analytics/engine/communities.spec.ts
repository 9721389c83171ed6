import { UndirectedGraph } from 'graphology';
import {
  actorCommunities,
  communityProfiles,
  initiativeCommunities,
  louvainCommunities,
  numberCommunities,
} from './communities.js';
import type { NetworkProjection } from './projection.js';

/** Initiatives tied only by amplifications. */
function tiesOnly(ids: string[], edges: [string, string][]): NetworkProjection {
  return {
    initiatives: ids.map((id) => ({ id, name: id, region: null, themes: [], startedOn: null, potential: null })),
    actors: [],
    amplifications: edges.map(([from, to]) => ({ from, to, mode: 'SPREADING' as const, on: null })),
    involvements: [],
    influences: [],
    barriers: [],
  };
}

const clique = (ids: string[]): [string, string][] =>
  ids.flatMap((u, i) => ids.slice(i + 1).map((v): [string, string] => [u, v]));

// two K4 {a,b,c,d} and {e,f,g,h} joined by d–e
const LEFT = ['a', 'b', 'c', 'd'];
const RIGHT = ['e', 'f', 'g', 'h'];
const EDGES: [string, string][] = [...clique(LEFT), ...clique(RIGHT), ['d', 'e']];

describe('Louvain', () => {
  it('two cliques joined by one edge: two communities, modularity 11/26', () => {
    // m = 6 + 6 + 1 = 13 edges. Each community: L_c = 6 internal edges, degree sum d_c = 4·3 + 1 = 13.
    // Q = Σ_c [ L_c/m − (d_c/2m)² ] = 2·(6/13 − (13/26)²) = 12/13 − 1/2 = 11/26 ≈ 0.4230769
    const r = initiativeCommunities(tiesOnly([...LEFT, ...RIGHT], EDGES));
    expect(r.modularity).toBeCloseTo(11 / 26, 10);
    expect(r.edges).toBe(13);
    expect(r.communities).toEqual([
      { id: 0, size: 4, members: LEFT },
      { id: 1, size: 4, members: RIGHT },
    ]);
    expect(r.communityOf).toEqual({ a: 0, b: 0, c: 0, d: 0, e: 1, f: 1, g: 1, h: 1 });
  });

  it('is deterministic and independent of input order', () => {
    const a = initiativeCommunities(tiesOnly([...LEFT, ...RIGHT], EDGES));
    const b = initiativeCommunities(tiesOnly([...RIGHT, ...LEFT].reverse(), [...EDGES].reverse()));
    expect(b).toEqual(a);
    // a bigger ring of 6 triangles: same answer on every run
    const ids = Array.from({ length: 18 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const ring: [string, string][] = [];
    for (let t = 0; t < 6; t++) {
      const [x, y, z] = [ids[3 * t]!, ids[3 * t + 1]!, ids[3 * t + 2]!];
      ring.push([x, y], [y, z], [x, z], [z, ids[(3 * t + 3) % 18]!]);
    }
    const first = initiativeCommunities(tiesOnly(ids, ring));
    for (let k = 0; k < 3; k++) expect(initiativeCommunities(tiesOnly(ids, ring))).toEqual(first);
    expect(first.communities.length).toBeGreaterThan(1);
  });

  it('works on G (actors) too', () => {
    const p: NetworkProjection = {
      ...tiesOnly([], []),
      actors: [...LEFT, ...RIGHT].map((id) => ({ id, name: id, kind: null, region: null })),
      influences: EDGES.map(([from, to]) => ({ from, to, weight: 5 })),
    };
    const r = actorCommunities(p);
    expect(r.communities.map((c) => c.members)).toEqual([LEFT, RIGHT]);
    expect(r.modularity).toBeCloseTo(11 / 26, 10); // influence weights are not used by G
  });

  it('numbers communities by size, then smallest member id', () => {
    expect(numberCommunities({ z: 7, y: 7, b: 3, a: 9, c: 3 }).communities).toEqual([
      { id: 0, size: 2, members: ['b', 'c'] },
      { id: 1, size: 2, members: ['y', 'z'] },
      { id: 2, size: 1, members: ['a'] },
    ]);
  });

  it('no edges: singletons, modularity 0; too many edges: refused', () => {
    const g = new UndirectedGraph();
    g.addNode('q');
    g.addNode('p');
    expect(louvainCommunities(g)).toEqual({
      communityOf: { p: 0, q: 1 },
      communities: [
        { id: 0, size: 1, members: ['p'] },
        { id: 1, size: 1, members: ['q'] },
      ],
      modularity: 0,
      edges: 0,
    });
    expect(() => initiativeCommunities(tiesOnly([...LEFT, ...RIGHT], EDGES), { maxEdges: 12 })).toThrow(RangeError);
  });
});

describe('communityProfiles', () => {
  it('names the most common regions and themes of each community, for T and for G', () => {
    const base = tiesOnly(LEFT, clique(LEFT));
    const p: NetworkProjection = {
      ...base,
      initiatives: base.initiatives.map((i, k) => ({
        ...i,
        region: k < 3 ? 'Drenthe' : 'Utrecht',
        themes: k === 0 ? ['energy', 'energy', 'food'] : ['energy'],
      })),
      actors: [
        { id: 'x', name: 'x', kind: null, region: 'Zeeland' },
        { id: 'y', name: 'y', kind: null, region: 'Zeeland' },
      ],
      involvements: [
        { actorId: 'x', initiativeId: 'a', since: null },
        { actorId: 'x', initiativeId: 'b', since: null },
        { actorId: 'y', initiativeId: 'a', since: null },
      ],
    };
    const ties = initiativeCommunities(p);
    expect(communityProfiles(p, ties, 'TIE')).toEqual([
      {
        regions: [
          { name: 'Drenthe', count: 3 },
          { name: 'Utrecht', count: 1 },
        ],
        // a theme counts once per initiative, however often it is listed
        themes: [
          { name: 'energy', count: 4 },
          { name: 'food', count: 1 },
        ],
      },
    ]);
    const actors = actorCommunities(p);
    // x and y share initiative a: one community; x's initiatives a, b give energy and food, y's a gives both once
    expect(communityProfiles(p, actors, 'ACTOR')).toEqual([
      {
        regions: [{ name: 'Zeeland', count: 2 }],
        themes: [
          { name: 'energy', count: 2 },
          { name: 'food', count: 2 },
        ],
      },
    ]);
    expect(communityProfiles(p, ties, 'TIE', 1)[0]!.regions).toEqual([{ name: 'Drenthe', count: 3 }]);
  });
});
