import type { NetworkProjection } from './projection.js';
import { buildTieIndex, tieCounts } from './core/tie-index.js';
import { analyzeTieStructure } from './tie-structure.js';

function projectionOf(
  initiatives: [string, string | null][],
  amplifications: [string, string][],
  involvements: [string, string][],
): NetworkProjection {
  return {
    initiatives: initiatives.map(([id, region]) => ({
      id,
      name: id,
      region,
      themes: [],
      startedOn: null,
      potential: null,
    })),
    actors: [],
    amplifications: amplifications.map(([from, to]) => ({ from, to, mode: 'SPREADING', on: null })),
    involvements: involvements.map(([actorId, initiativeId]) => ({ actorId, initiativeId, since: null })),
    influences: [],
    barriers: [],
  };
}

describe('analyzeTieStructure', () => {
  // Actor X in a, b, c (triangle a-b, a-c, b-c); amplification c→d; actor Y in d and e, and also
  // e→d (one tie d-e, two reasons); amplification d→h; f has no links; g has actor Z alone.
  // T edges: ab ac bc cd de dh (6). Ties: a2 b2 c3 d3 e1 h1 f0 g0.
  // Bridges: c-d, d-e, d-h (the triangle's edges are on a cycle). Articulation points: c (cuts
  // {a,b} off), d (cuts e and h off). Components {a,b,c,d,e,h}, {f}, {g}.
  // Regions: North = a,b,c,d: induced ab ac bc cd, m = 4, density 2·4/(4·3) = 2/3, 1 component.
  // South = e,f,g,h: no induced edge, 4 components, largest share 1/4, isolates f g, pendants e h.
  const projection = projectionOf(
    [
      ['a', 'North'],
      ['b', 'North'],
      ['c', 'North'],
      ['d', 'North'],
      ['e', 'South'],
      ['f', 'South'],
      ['g', 'South'],
      ['h', 'South'],
    ],
    [
      ['c', 'd'],
      ['e', 'd'],
      ['d', 'h'],
    ],
    [
      ['X', 'a'],
      ['X', 'b'],
      ['X', 'c'],
      ['Y', 'd'],
      ['Y', 'e'],
      ['Z', 'g'],
    ],
  );
  const t = analyzeTieStructure(projection);

  it('counts distinct ties, isolates and pendants', () => {
    expect(Object.fromEntries(t.initiatives.map((i) => [i.id, i.ties]))).toEqual({
      a: 2,
      b: 2,
      c: 3,
      d: 3,
      e: 1,
      f: 0,
      g: 0,
      h: 1,
    });
    expect(t.isolates).toEqual(['f', 'g']);
    expect(t.pendants).toEqual(['e', 'h']);
    expect(t.edges).toBe(6);
  });

  it('finds components, largest first', () => {
    expect(t.components).toEqual({ count: 3, sizes: [6, 1, 1], largest: 6, largestShare: 6 / 8, small: 0 });
    const comp = Object.fromEntries(t.initiatives.map((i) => [i.id, i.component]));
    expect(comp).toMatchObject({ a: 0, e: 0, h: 0, f: 1, g: 2 });
  });

  it('finds bridges and articulation points through the shared actor', () => {
    expect(t.bridges).toEqual([
      ['c', 'd'],
      ['d', 'e'],
      ['d', 'h'],
    ]);
    expect(t.articulationPoints).toEqual(['c', 'd']);
  });

  it('summarises regions', () => {
    expect(t.regions).toEqual([
      {
        region: 'North',
        initiatives: 4,
        isolates: 0,
        pendants: 0,
        components: 1,
        largestComponentShare: 1,
        density: 2 / 3,
      },
      {
        region: 'South',
        initiatives: 4,
        isolates: 2,
        pendants: 2,
        components: 4,
        largestComponentShare: 0.25,
        density: 0,
      },
    ]);
  });

  it('a tie with several reasons (two 2-actor cliques and an amplification) is still one edge and a bridge', () => {
    const s = analyzeTieStructure(
      projectionOf(
        [
          ['u', null],
          ['v', null],
          ['w', null],
        ],
        [
          ['u', 'v'],
          ['v', 'u'],
        ],
        [
          ['P', 'u'],
          ['P', 'v'],
          ['Q', 'u'],
          ['Q', 'v'],
          ['R', 'v'],
          ['R', 'w'],
        ],
      ),
    );
    expect(s.bridges).toEqual([
      ['u', 'v'],
      ['v', 'w'],
    ]);
    expect(s.articulationPoints).toEqual(['v']);
    expect(s.components.small).toBe(1);
  });

  it('an empty network', () => {
    const s = analyzeTieStructure(projectionOf([], [], []));
    expect(s.components).toEqual({ count: 0, sizes: [], largest: 0, largestShare: 0, small: 0 });
    expect(s.bridges).toEqual([]);
    expect(s.regions).toEqual([]);
  });
});

/** mulberry32: a small seeded PRNG */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** explicit T as an adjacency matrix, then bridges/APs by deleting each edge/node and counting components */
function bruteForce(projection: NetworkProjection) {
  const ids = projection.initiatives.map((i) => i.id);
  const n = ids.length;
  const at = new Map(ids.map((id, i) => [id, i]));
  const adj: boolean[][] = ids.map(() => ids.map(() => false));
  const tie = (a: number, b: number) => {
    if (a === b) return;
    adj[a]![b] = adj[b]![a] = true;
  };
  for (const e of projection.amplifications) tie(at.get(e.from)!, at.get(e.to)!);
  const byActor = new Map<string, number[]>();
  for (const inv of projection.involvements) {
    byActor.set(inv.actorId, [...(byActor.get(inv.actorId) ?? []), at.get(inv.initiativeId)!]);
  }
  for (const members of byActor.values()) for (const a of members) for (const b of members) tie(a, b);

  const components = (skipNode: number, skipEdge: [number, number] | null): number => {
    const seen = new Array<boolean>(n).fill(false);
    let count = 0;
    for (let s = 0; s < n; s++) {
      if (s === skipNode || seen[s]) continue;
      count += 1;
      const stack = [s];
      seen[s] = true;
      while (stack.length > 0) {
        const u = stack.pop()!;
        for (let v = 0; v < n; v++) {
          if (!adj[u]![v] || v === skipNode || seen[v]) continue;
          if (skipEdge && ((u === skipEdge[0] && v === skipEdge[1]) || (u === skipEdge[1] && v === skipEdge[0])))
            continue;
          seen[v] = true;
          stack.push(v);
        }
      }
    }
    return count;
  };
  const base = components(-1, null);
  const bridges: [string, string][] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (adj[a]![b] && components(-1, [a, b]) > base) {
        const x = ids[a]!;
        const y = ids[b]!;
        bridges.push(x < y ? [x, y] : [y, x]);
      }
    }
  }
  const points = ids.filter((_, v) => components(v, null) > base - (adj[v]!.some(Boolean) ? 0 : 1));
  const ties = ids.map((_, v) => adj[v]!.filter(Boolean).length);
  bridges.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
  return { bridges, points: points.sort(), ties, components: base };
}

describe('tie structure against a brute force on explicit T', () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('random graph seed %i', (seed) => {
    const random = rng(seed);
    const n = 4 + Math.floor(random() * 9);
    const ids = Array.from({ length: n }, (_, i) => `i${String(i).padStart(2, '0')}`);
    const pick = () => ids[Math.floor(random() * n)]!;
    const amplifications: [string, string][] = [];
    for (let k = Math.floor(random() * n); k > 0; k--) amplifications.push([pick(), pick()]);
    const involvements: [string, string][] = [];
    const actors = Math.floor(random() * 5);
    for (let a = 0; a < actors; a++) {
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--) involvements.push([`A${a}`, pick()]);
    }
    const projection = projectionOf(
      ids.map((id) => [id, null]),
      amplifications,
      involvements,
    );
    const expected = bruteForce(projection);
    const actual = analyzeTieStructure(projection);
    expect(actual.bridges).toEqual(expected.bridges);
    expect(actual.articulationPoints).toEqual(expected.points);
    expect(actual.initiatives.map((i) => i.ties)).toEqual(expected.ties);
    expect(actual.components.count).toBe(expected.components);
    expect(Array.from(tieCounts(buildTieIndex(projection)))).toEqual(expected.ties);
  });
});
