import { generateDemoNetwork } from '../../demo/demo-generator.js';
import { projectionFromNetworkInput, tieAdjacency, tieComponents } from './graphs.js';
import type { NetworkProjection } from './projection.js';
import { networkSeries, projectionAsOf, type PeriodStats } from './timeline.js';

function tiny(): NetworkProjection {
  return {
    initiatives: [
      { id: 'i1', name: 'One', region: 'Drenthe', themes: ['energy'], startedOn: '2020-01-10', potential: null },
      { id: 'i2', name: 'Two', region: 'Drenthe', themes: ['food'], startedOn: '2020-03-01', potential: null },
      { id: 'i3', name: 'Three', region: 'Utrecht', themes: ['care'], startedOn: '2021-06-01', potential: null },
      { id: 'i4', name: 'Four', region: 'Utrecht', themes: [], startedOn: null, potential: null },
    ],
    actors: ['a', 'b', 'c'].map((id) => ({ id, name: id, kind: null, region: null })),
    amplifications: [{ from: 'i1', to: 'i3', mode: 'SPREADING', on: '2021-06-02' }],
    involvements: [
      { actorId: 'a', initiativeId: 'i1', since: null },
      { actorId: 'a', initiativeId: 'i2', since: '2020-03-01' },
      { actorId: 'b', initiativeId: 'i2', since: null },
      { actorId: 'c', initiativeId: 'i3', since: '2022-01-01' },
    ],
    influences: [{ from: 'a', to: 'b', weight: 1 }],
    barriers: [{ initiativeId: 'i3', barrier: 'FINANCING', overcome: false }],
  };
}

const pick = (s: PeriodStats) => [
  s.period,
  s.initiatives,
  s.ties,
  s.isolates,
  s.components,
  s.largestComponent,
  s.density,
];

describe('projectionAsOf', () => {
  it('keeps what existed on the date (inclusive)', () => {
    const p = projectionAsOf(tiny(), '2021-06-01');
    expect(p.initiatives.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']); // i4 undated: out
    expect(p.amplifications).toEqual([]); // on 2021-06-02: not yet
    expect(p.involvements.map((e) => `${e.actorId}-${e.initiativeId}`)).toEqual(['a-i1', 'a-i2', 'b-i2']); // c-i3 since 2022
    expect(p.barriers).toHaveLength(1);
    expect(p.actors).toHaveLength(3);
    expect(p.influences).toHaveLength(1);
    expect(tieComponents(p).isolates).toEqual(['i3']);

    const q = projectionAsOf(tiny(), '2021-06-02');
    expect(q.amplifications).toHaveLength(1);
    expect(tieComponents(q).isolates).toEqual([]);

    // on the start date itself; since = date counts
    const r = projectionAsOf(tiny(), '2020-03-01');
    expect(r.initiatives.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(r.involvements).toHaveLength(3);
    expect(projectionAsOf(tiny(), '2020-02-29').involvements.map((e) => e.initiativeId)).toEqual(['i1']);
  });

  it('an undated amplification counts once both ends exist; undated initiatives on request', () => {
    const p = tiny();
    p.amplifications.push({ from: 'i4', to: 'i1', mode: 'DEEPENING', on: null });
    expect(projectionAsOf(p, '2030-01-01').amplifications).toHaveLength(1);
    const all = projectionAsOf(p, '2020-01-10', { includeUndated: true });
    expect(all.initiatives.map((i) => i.id)).toEqual(['i1', 'i4']);
    expect(all.amplifications).toEqual([{ from: 'i4', to: 'i1', mode: 'DEEPENING', on: null }]);
  });
});

describe('networkSeries', () => {
  it('yearly, by hand', () => {
    // 2020: i1, i2 tied through a (from 2020-03-01): 1 tie, 1 component of 2, density 1/C(2,2) = 1
    // 2021: + i3 (Utrecht) tied to i1 by the amplification of 2021-06-02: 2 ties, 1 component of 3,
    //       density 2/C(3,2) = 2/3. Utrecht alone: i3, no tie inside Utrecht, but not an isolate of T.
    // 2022: c joins i3 (no other initiative): no change
    const s = networkSeries(tiny(), { period: 'year' });
    expect(s.overall.map(pick)).toEqual([
      ['2020', 2, 1, 0, 1, 2, 1],
      ['2021', 3, 2, 0, 1, 3, 2 / 3],
      ['2022', 3, 2, 0, 1, 3, 2 / 3],
    ]);
    expect(s.overall[0]!.asOf).toBe('2020-12-31');
    expect(s.overall[1]).toMatchObject({ isolateShare: 0, largestShare: 1 });
    expect(Object.keys(s.byRegion)).toEqual(['Drenthe', 'Utrecht']);
    expect(s.byRegion.Drenthe!.map(pick)).toEqual([
      ['2020', 2, 1, 0, 1, 2, 1],
      ['2021', 2, 1, 0, 1, 2, 1],
      ['2022', 2, 1, 0, 1, 2, 1],
    ]);
    expect(s.byRegion.Utrecht!.map(pick)).toEqual([
      ['2020', 0, 0, 0, 0, 0, 0],
      ['2021', 1, 0, 0, 1, 1, 0],
      ['2022', 1, 0, 0, 1, 1, 0],
    ]);
  });

  it('monthly, by hand: i1 alone (an isolate) until i2 and the shared actor arrive in March 2020', () => {
    const s = networkSeries(tiny(), { period: 'month', to: '2020-04-15' });
    expect(s.overall.map(pick)).toEqual([
      ['2020-01', 1, 0, 1, 1, 1, 0],
      ['2020-02', 1, 0, 1, 1, 1, 0],
      ['2020-03', 2, 1, 0, 1, 2, 1],
      ['2020-04', 2, 1, 0, 1, 2, 1],
    ]);
    expect(s.overall[1]!.asOf).toBe('2020-02-29'); // leap year
    expect(s.overall[0]!.isolateShare).toBe(1);
  });

  it('undated initiatives on request: i4 present from the start, an isolate', () => {
    const s = networkSeries(tiny(), { period: 'year', to: '2020-12-31', includeUndated: true });
    expect(s.overall.map(pick)).toEqual([['2020', 3, 1, 1, 2, 2, 1 / 3]]);
    expect(s.byRegion.Utrecht!.map(pick)).toEqual([['2020', 1, 0, 1, 1, 1, 0]]);
  });

  it('agrees with projectionAsOf + the static T functions on a generated network, every year and region', () => {
    const p = projectionFromNetworkInput(generateDemoNetwork({ initiatives: 400, seed: 7 }));
    const s = networkSeries(p, { period: 'year' });
    expect(s.overall.length).toBeGreaterThan(5);
    const check = (q: NetworkProjection, isolates: number, row: PeriodStats): void => {
      const c = tieComponents(q);
      const t = tieAdjacency(q);
      const n = q.initiatives.length;
      expect([row.initiatives, row.ties, row.isolates, row.components, row.largestComponent]).toEqual([
        n,
        t.edgeCount,
        isolates,
        c.count,
        c.largest,
      ]);
      expect(row.density).toBeCloseTo(n > 1 ? t.edgeCount / ((n * (n - 1)) / 2) : 0, 12);
    };
    for (const row of s.overall) {
      const q = projectionAsOf(p, row.asOf);
      const iso = new Set(tieComponents(q).isolates);
      check(q, iso.size, row);
      for (const [region, rows] of Object.entries(s.byRegion)) {
        const r = rows.find((x) => x.period === row.period)!;
        const ids = new Set(q.initiatives.filter((i) => i.region === region).map((i) => i.id));
        const induced: NetworkProjection = {
          ...q,
          initiatives: q.initiatives.filter((i) => ids.has(i.id)),
          amplifications: q.amplifications.filter((e) => ids.has(e.from) && ids.has(e.to)),
          involvements: q.involvements.filter((e) => ids.has(e.initiativeId)),
        };
        check(induced, [...ids].filter((id) => iso.has(id)).length, r);
      }
    }
  });
});
