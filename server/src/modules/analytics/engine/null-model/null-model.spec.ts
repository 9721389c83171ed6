import { seededRandom } from '../core/random.js';
import type { NetworkProjection } from '../projection.js';
import { nullModelBands, type NullModelOptions } from './bands.js';
import { linksCsr, meanClustering } from './measures.js';
import { bipartiteSwaps, directedSwaps, undirectedSwaps } from './swaps.js';

function degrees(n: number, ...ends: Int32Array[]): number[] {
  const d = new Array<number>(n).fill(0);
  for (const side of ends) for (const v of side) d[v]! += 1;
  return d;
}

/** n nodes in `groups` dense groups (p_in) with sparse ties between them (p_out). */
function planted(n: number, groupCount: number, pIn: number, pOut: number, seed: number): [Int32Array, Int32Array] {
  const random = seededRandom(seed);
  const us: number[] = [];
  const vs: number[] = [];
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      if (random() < (u % groupCount === v % groupCount ? pIn : pOut)) {
        us.push(u);
        vs.push(v);
      }
    }
  }
  return [Int32Array.from(us), Int32Array.from(vs)];
}

/** A projection whose T is exactly the given pairs (as amplifications). */
function tieNetwork(n: number, us: Int32Array, vs: Int32Array): NetworkProjection {
  const id = (k: number) => `i${String(k).padStart(4, '0')}`;
  return {
    initiatives: Array.from({ length: n }, (_, k) => ({
      id: id(k),
      name: id(k),
      region: null,
      themes: [],
      startedOn: null,
      potential: null,
    })),
    actors: [],
    amplifications: Array.from(us, (u, k) => ({ from: id(u), to: id(vs[k]!), mode: 'SPREADING' as const, on: null })),
    involvements: [],
    influences: [],
    barriers: [],
  };
}

describe('double edge swaps', () => {
  it('keep every degree, stay simple and change the edges', () => {
    const [us, vs] = planted(60, 3, 0.5, 0.05, 3);
    const before = degrees(60, us, vs);
    const a = us.slice();
    const b = vs.slice();
    const accepted = undirectedSwaps(60, a, b, 10 * a.length, seededRandom(1));
    expect(accepted).toBeGreaterThan(a.length);
    expect(degrees(60, a, b)).toEqual(before);
    const keys = new Set<string>();
    for (let k = 0; k < a.length; k++) {
      expect(a[k]).not.toBe(b[k]);
      keys.add(`${Math.min(a[k]!, b[k]!)}-${Math.max(a[k]!, b[k]!)}`);
    }
    expect(keys.size).toBe(a.length);
    const original = new Set(Array.from(us, (u, k) => `${u}-${vs[k]}`));
    expect(
      Array.from(a, (u, k) => `${Math.min(u, b[k]!)}-${Math.max(u, b[k]!)}`).filter((e) => !original.has(e)).length,
    ).toBeGreaterThan(a.length / 2);
  });

  it('bipartite swaps keep both sides’ degrees; directed swaps keep in- and out-degrees', () => {
    const random = seededRandom(9);
    const left = Int32Array.from({ length: 200 }, () => Math.floor(random() * 30));
    const right = Int32Array.from({ length: 200 }, () => Math.floor(random() * 50));
    const seen = new Set<number>();
    const keep = [...left.keys()].filter(
      (k) => !seen.has(left[k]! * 50 + right[k]!) && seen.add(left[k]! * 50 + right[k]!),
    );
    const l = Int32Array.from(keep, (k) => left[k]!);
    const r = Int32Array.from(keep, (k) => right[k]!);
    const [dl, dr] = [degrees(30, l), degrees(50, r)];
    expect(bipartiteSwaps(50, l, r, 2000, seededRandom(2))).toBeGreaterThan(0);
    expect([degrees(30, l), degrees(50, r)]).toEqual([dl, dr]);

    const [from, to] = planted(40, 1, 0.1, 0, 5);
    const [out, inn] = [degrees(40, from), degrees(40, to)];
    expect(directedSwaps(40, from, to, 2000, seededRandom(4))).toBeGreaterThan(0);
    expect([degrees(40, from), degrees(40, to)]).toEqual([out, inn]);
    for (let k = 0; k < from.length; k++) expect(from[k]).not.toBe(to[k]);
  });
});

describe('null-model bands', () => {
  const options = (extra: Partial<NullModelOptions> = {}): NullModelOptions => ({
    graph: 'TIE',
    method: 'EDGES',
    measures: ['MODULARITY', 'ISOLATES', 'COMPONENTS'],
    replicates: 30,
    swapsPerEdge: 10,
    seed: 1984,
    ...extra,
  });

  it('a planted community structure has a modularity far above its band', () => {
    const [us, vs] = planted(120, 4, 0.3, 0.01, 11);
    const r = nullModelBands(tieNetwork(120, us, vs), options());
    const q = r.bands[0]!;
    expect(q.observed).toBeGreaterThan(q.high);
    expect(q.z!).toBeGreaterThan(5);
    expect(q.p).toBeCloseTo(1 / 31, 10);
  });

  it('a random graph has its modularity inside the band', () => {
    const [us, vs] = planted(120, 1, 0.06, 0, 12);
    const q = nullModelBands(tieNetwork(120, us, vs), options()).bands[0]!;
    expect(q.observed).toBeGreaterThanOrEqual(q.low);
    expect(q.observed).toBeLessThanOrEqual(q.high);
    expect(Math.abs(q.z!)).toBeLessThan(2);
    expect(q.p).toBeGreaterThan(0.05);
  });

  it('the same seed gives the same bands, another seed other ones', () => {
    const [us, vs] = planted(80, 2, 0.2, 0.02, 13);
    const p = tieNetwork(80, us, vs);
    const one = nullModelBands(p, options({ replicates: 10 }));
    expect(nullModelBands(p, options({ replicates: 10 }))).toEqual(one);
    expect(nullModelBands(p, options({ replicates: 10, seed: 1 })).bands[0]).not.toEqual(one.bands[0]);
  });

  it('EDGES keeps every degree of T, so isolates never move (z undefined, p = 1)', () => {
    const [us, vs] = planted(80, 2, 0.1, 0.0, 14);
    const isolates = nullModelBands(tieNetwork(80, us, vs), options({ measures: ['ISOLATES'], replicates: 10 }))
      .bands[0]!;
    expect(isolates.low).toBe(isolates.observed);
    expect(isolates.high).toBe(isolates.observed);
    expect(isolates.z).toBeNull();
    expect(isolates.p).toBe(1);
  });

  it('LAYERS rewires the involvements behind T, so its isolates vary from copy to copy', () => {
    const random = seededRandom(21);
    const n = 60;
    const p = tieNetwork(n, new Int32Array(0), new Int32Array(0));
    p.actors = Array.from({ length: 40 }, (_, a) => ({ id: `a${a}`, name: `a${a}`, kind: null, region: null }));
    // a few busy actors and many with one initiative: some initiatives are isolates
    p.involvements = p.actors.flatMap((a, k) =>
      Array.from({ length: k < 5 ? 6 : 1 }, () => ({
        actorId: a.id,
        initiativeId: p.initiatives[Math.floor(random() * n)]!.id,
        since: null,
      })),
    );
    const r = nullModelBands(
      p,
      options({ method: 'LAYERS', measures: ['ISOLATES', 'LARGEST_COMPONENT_SHARE'], replicates: 40 }),
    );
    expect(r.bands[0]!.nullSd).toBeGreaterThan(0);
    expect(r.acceptedShare).toBeGreaterThan(0);
  });

  it('cascade figures on A come with bands per size bin', () => {
    const [us, vs] = planted(60, 1, 0.04, 0, 15);
    const r = nullModelBands(
      tieNetwork(60, us, vs),
      options({ graph: 'AMPLIFICATION', measures: ['MEAN_CASCADE_DEPTH', 'MEAN_STRUCTURAL_VIRALITY'], replicates: 10 }),
    );
    expect(r.bands.map((b) => b.measure)).toEqual(['MEAN_CASCADE_DEPTH', 'MEAN_STRUCTURAL_VIRALITY']);
    expect(r.bands[1]!.bins.length).toBeGreaterThan(0);
    expect(r.bands[1]!.bins.reduce((s, b) => s + b.cascades, 0)).toBeGreaterThan(0);
  });
});

describe('mean clustering', () => {
  it('is networkx average_clustering: a triangle with a pendant gives (1 + 1 + 1/3 + 0) / 4', () => {
    const csr = linksCsr(['a', 'b', 'c', 'd'], {
      initiatives: 4,
      ampFrom: [0, 1, 0, 2],
      ampTo: [1, 2, 2, 3],
      members: [],
    });
    expect(meanClustering(csr)).toBeCloseTo((1 + 1 + 1 / 3) / 4, 12);
  });
});
