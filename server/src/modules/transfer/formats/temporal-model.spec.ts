import { buildManifest } from '../../../common/manifest.js';
import type { NetworkInput } from '../../../domain/network.types.js';
import { asOfWaves, diffusionTables } from './diffusion-export.js';
import { networkToDynamicGexf } from './gexf-dynamic.js';
import { cascadeRoots, periodEnd, periodRange, timedTies } from './temporal-model.js';

/** r → a (2016-05-01), r → b (undated); actor x in a (since 2017-02-01) and c; c has no start date. */
const network: NetworkInput = {
  initiatives: [
    { id: 'r', name: 'Root', startedOn: '2015-01-10', region: 'Drenthe', themes: ['energy', 'care'] },
    { id: 'a', name: 'A', startedOn: '2016-03-01', region: 'Friesland', themes: ['energy'] },
    { id: 'b', name: 'B', startedOn: '2017-07-01' },
    { id: 'c', name: 'C' },
    { id: 'd', name: '=D', startedOn: '2015-06-01' },
  ],
  actors: [{ id: 'x', name: 'X' }],
  involvements: [
    { actorId: 'x', initiativeId: 'a', since: '2017-02-01', until: '2018-01-01' },
    { actorId: 'x', initiativeId: 'c' },
    { actorId: 'x', initiativeId: 'd' },
  ],
  amplifications: [
    { fromInitiativeId: 'r', toInitiativeId: 'a', mode: 'SPREADING', on: '2016-05-01' },
    { fromInitiativeId: 'r', toInitiativeId: 'b', mode: 'DEEPENING' },
  ],
};
const manifest = buildManifest({ dataVersion: '7/x', algorithm: 'test', now: new Date('2026-01-02T00:00:00Z') });
const text = (files: { name: string; data: Buffer }[], name: string) =>
  files.find((f) => f.name === name)!.data.toString('utf8');

describe('periods', () => {
  it('ends a period on its last day and lists every period in between', () => {
    expect(periodEnd('2016', 'year')).toBe('2016-12-31');
    expect(periodEnd('2016-02', 'month')).toBe('2016-02-29');
    expect(periodRange('2015-11', '2016-02', 'month')).toEqual(['2015-11', '2015-12', '2016-01', '2016-02']);
    expect(periodRange('2015', '2017', 'year', 2)).toEqual(['2016', '2017']);
  });
});

describe('timedTies', () => {
  it('dates each tie of T from the day all it needs existed, the earliest way', () => {
    expect(timedTies(network)).toEqual([
      // the amplification's date; the shared actor x would tie them only from 2017-02-01
      { a: 'a', b: 'c', via: 'SHARED_ACTOR', actorId: 'x', since: null },
      { a: 'a', b: 'd', via: 'SHARED_ACTOR', actorId: 'x', since: '2017-02-01' },
      { a: 'a', b: 'r', via: 'AMPLIFIES', actorId: null, since: '2016-05-01' },
      { a: 'b', b: 'r', via: 'AMPLIFIES', actorId: null, since: '2017-07-01' },
      { a: 'c', b: 'd', via: 'SHARED_ACTOR', actorId: 'x', since: null },
    ]);
  });

  it('refuses beyond its limit', () => {
    expect(() => timedTies(network, 3)).toThrow(RangeError);
  });
});

describe('cascadeRoots', () => {
  it('gives each initiative its nearest root, a root itself, and none inside a rootless cycle', () => {
    const roots = cascadeRoots({
      initiatives: ['r', 's', 'a', 'b', 'p', 'q'].map((id) => ({ id, name: id })),
      amplifications: [
        ['r', 'a'],
        ['a', 'b'],
        ['s', 'b'],
        ['p', 'q'],
        ['q', 'p'],
      ].map(([f, t]) => ({ fromInitiativeId: f!, toInitiativeId: t!, mode: 'SPREADING' as const })),
    });
    expect(Object.fromEntries(roots)).toEqual({
      r: { rootId: 'r', generation: 0 },
      a: { rootId: 'r', generation: 1 },
      b: { rootId: 's', generation: 1 },
      s: { rootId: 's', generation: 0 },
    });
  });
});

describe('temporal exports', () => {
  it('writes a dynamic GEXF with every spell and the receipt in its header', () => {
    const gexf = networkToDynamicGexf(network, manifest);
    expect(gexf).toContain('mode="dynamic"');
    expect(gexf).toContain('timeformat="date"');
    expect(gexf).toContain('<node id="i:a" label="A" start="2016-03-01">');
    expect(gexf).toMatch(/<node id="i:c" label="C">/);
    // involvement of x in a: from its since to its until; an undated amplification once both ends exist
    expect(gexf).toMatch(
      /source="a:x" target="i:a" label="INVOLVED_IN" kind="INVOLVED_IN" start="2017-02-01" end="2018-01-01"/,
    );
    expect(gexf).toMatch(/source="i:r" target="i:b" label="AMPLIFIES" kind="AMPLIFIES" start="2017-07-01">/);
    expect(gexf).toContain('&quot;dataVersion&quot;:&quot;7/x&quot;');
  });

  it('writes the netdiffuseR table: adoption times by period, cascade roots, T’s ties with t0', () => {
    const files = diffusionTables(network, manifest, 'year');
    expect(files.map((f) => f.name)).toEqual(['adoptions.csv', 'edges.csv', 'manifest.json']);
    expect(text(files, 'adoptions.csv').split('\n').slice(0, 4)).toEqual([
      'id,name,adoptedOn,period,toa,region,theme,themes,cascadeRoot,generation',
      'a,A,2016-03-01,2016,2,Friesland,energy,energy,r,1',
      'b,B,2017-07-01,2017,3,,,,r,1',
      'c,C,,,,,,,c,0',
    ]);
    expect(text(files, 'adoptions.csv')).toContain("d,'=D,2015-06-01,2015,1");
    expect(text(files, 'edges.csv')).toContain('a,r,AMPLIFIES,,2016-05-01,2016,2');
    expect(JSON.parse(text(files, 'manifest.json'))).toMatchObject({ dataVersion: '7/x' });
  });

  it('writes one edge list per period, T as of its last day', () => {
    const files = asOfWaves(network, manifest, 'year');
    expect(text(files, 'waves.csv').trim().split('\n')).toEqual([
      'wave,period,asOf,initiatives,ties',
      '1,2015,2015-12-31,2,0',
      '2,2016,2016-12-31,3,1',
      '3,2017,2017-12-31,4,3',
    ]);
    expect(text(files, 'waves/2016.csv')).toBe('ego,alter\na,r\n');
    expect(text(files, 'nodes.csv')).toContain('b,B,2017-07-01,,3');
  });
});
