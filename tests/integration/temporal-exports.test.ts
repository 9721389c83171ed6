import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { TOKENS, ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * A cascade r → a → c, r → b → c (a diamond) and a follower d of c, all in one region; actor x is
 * involved in a from 2016-06-01 to 2019-01-01 and in b (no date).
 */
function network(p: string) {
  const region = `${p}region`;
  const initiative = (id: string, startedOn?: string) => ({ id: `${p}${id}`, name: id, region, startedOn });
  return {
    initiatives: [
      initiative('r', '2015-01-15'),
      initiative('a', '2015-06-01'),
      initiative('b', '2016-02-01'),
      initiative('c', '2016-02-20'),
      initiative('d'),
    ],
    actors: [{ id: `${p}x`, name: 'X' }],
    involvements: [
      { actorId: `${p}x`, initiativeId: `${p}a`, since: '2016-06-01', until: '2019-01-01' },
      { actorId: `${p}x`, initiativeId: `${p}b` },
    ],
    amplifications: [
      { fromInitiativeId: `${p}r`, toInitiativeId: `${p}a`, mode: 'SPREADING', on: '2015-07-01' },
      { fromInitiativeId: `${p}r`, toInitiativeId: `${p}b`, mode: 'DEEPENING' },
      { fromInitiativeId: `${p}a`, toInitiativeId: `${p}c`, mode: 'BROADENING' },
      { fromInitiativeId: `${p}b`, toInitiativeId: `${p}c`, mode: 'SPREADING' },
      { fromInitiativeId: `${p}c`, toInitiativeId: `${p}d`, mode: 'SPREADING' },
    ],
  };
}

function python(args: string[], input?: string) {
  const run = spawnSync('python3', args, { encoding: 'utf8', input, maxBuffer: 1 << 26 });
  if (run.status !== 0) console.log(`python3 ${args[0]}:\n${run.stdout}${run.stderr}`);
  expect(run.stderr).not.toMatch(/ModuleNotFoundError|No module named/);
  return run;
}

/** Runs python3 without blocking this process, whose event loop serves the API the script calls. */
function pythonAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('temporal exports and the Python example (real Neo4j)', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const p = own.prefix('temporal');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-temporal-'));
  const exportOf = async (format: string, extra = '') => {
    const response = await fetch(
      `${t.url}/api/export?format=${format}&region=${encodeURIComponent(`${p}region`)}${extra}`,
    );
    expect(response.status).toBe(200);
    return response;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const r = await t.gql(`mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }`, {
      n: network(p),
    });
    expect(r.errors).toBeUndefined();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('dynamic GEXF: graphology parses it with the spells as attributes, networkx with its intervals', async () => {
    const response = await exportOf('gexf-dynamic');
    expect(response.headers.get('content-disposition')).toContain('small-wins-network-dynamic.gexf');
    const text = await response.text();
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(7);
    expect(graph.getNodeAttribute(`i:${p}a`, 'activeFrom')).toBe('2015-06-01');
    expect(graph.getNodeAttribute(`i:${p}d`, 'activeFrom')).toBeUndefined();
    const involvement = graph.edges(`a:${p}x`, `i:${p}a`)[0]!;
    expect(graph.getEdgeAttributes(involvement)).toMatchObject({
      activeFrom: '2016-06-01',
      activeUntil: '2019-01-01',
    });

    const file = path.join(dir, 'dynamic.gexf');
    writeFileSync(file, text);
    const run = python([
      '-c',
      `import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({'mode': g.graph['mode'], 'nodes': {n: d.get('start') for n, d in g.nodes(data=True)},
  'edges': sorted([u, v, d.get('start'), d.get('end')] for u, v, d in g.edges(data=True))}))`,
      file,
    ]);
    expect(run.status).toBe(0);
    const read = JSON.parse(run.stdout) as { mode: string; nodes: Record<string, string | null>; edges: unknown[] };
    expect(read.mode).toBe('dynamic');
    expect(read.nodes).toEqual({
      [`i:${p}r`]: '2015-01-15',
      [`i:${p}a`]: '2015-06-01',
      [`i:${p}b`]: '2016-02-01',
      [`i:${p}c`]: '2016-02-20',
      [`i:${p}d`]: null,
      [`a:${p}x`]: null,
    });
    expect(read.edges).toEqual(
      [
        [`a:${p}x`, `i:${p}a`, '2016-06-01', '2019-01-01'],
        [`a:${p}x`, `i:${p}b`, '2016-02-01', null],
        [`i:${p}a`, `i:${p}c`, '2016-02-20', null],
        [`i:${p}b`, `i:${p}c`, '2016-02-20', null],
        [`i:${p}c`, `i:${p}d`, null, null],
        [`i:${p}r`, `i:${p}a`, '2015-07-01', null],
        [`i:${p}r`, `i:${p}b`, '2016-02-01', null],
      ].sort(),
    );
    expect(text).toContain('&quot;dataVersion&quot;');
  });

  it('netdiffuseR table: pandas loads it; cascade roots, adoption times and tie starts are right', async () => {
    const zip = unzipSync(new Uint8Array(await (await exportOf('diffusion', '&period=year')).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['adoptions.csv', 'edges.csv', 'manifest.json']);
    for (const [name, data] of Object.entries(zip)) writeFileSync(path.join(dir, name), data);
    const run = python([
      '-c',
      `import json, sys, pandas as pd
a = pd.read_csv(sys.argv[1] + '/adoptions.csv', dtype={'period': str})
e = pd.read_csv(sys.argv[1] + '/edges.csv', dtype={'period': str})
cells = lambda frame: [['' if pd.isna(v) else str(v) for v in row] for row in frame.itertuples(index=False)]
print(json.dumps({'adoptions': cells(a[['id', 'toa', 'cascadeRoot', 'generation']]),
  'edges': cells(e[['ego', 'alter', 'via', 't0']])}))`,
      dir,
    ]);
    expect(run.status).toBe(0);
    const read = JSON.parse(run.stdout) as { adoptions: string[][]; edges: string[][] };
    const id = (s: string) => `${p}${s}`;
    expect(read.adoptions).toEqual([
      [id('a'), '1.0', id('r'), '1'],
      [id('b'), '2.0', id('r'), '1'],
      [id('c'), '2.0', id('r'), '2'],
      [id('d'), '', id('r'), '3'],
      [id('r'), '1.0', id('r'), '0'],
    ]);
    expect(read.edges).toEqual([
      [id('a'), id('b'), 'SHARED_ACTOR', '2.0'],
      [id('a'), id('c'), 'AMPLIFIES', '2.0'],
      [id('a'), id('r'), 'AMPLIFIES', '1.0'],
      [id('b'), id('c'), 'AMPLIFIES', '2.0'],
      [id('b'), id('r'), 'AMPLIFIES', '2.0'],
      [id('c'), id('d'), 'AMPLIFIES', ''],
    ]);
    const manifest = JSON.parse(Buffer.from(zip['manifest.json']!).toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      asOf: null,
      parameters: [
        { name: 'format', value: 'diffusion' },
        { name: 'period', value: 'year' },
      ],
    });
    expect(manifest.filters).toContainEqual({ name: 'regions', value: `${p}region` });
  });

  it('as-of waves: one edge list per year, T as of its last day', async () => {
    const zip = unzipSync(new Uint8Array(await (await exportOf('waves')).arrayBuffer()));
    const text = (name: string) => Buffer.from(zip[name]!).toString('utf8');
    expect(text('waves.csv').trim().split('\n')).toEqual([
      'wave,period,asOf,initiatives,ties',
      '1,2015,2015-12-31,2,1',
      '2,2016,2016-12-31,4,5',
    ]);
    expect(text('waves/2015.csv')).toBe(`ego,alter\n${p}a,${p}r\n`);
  });

  it('refuses an unknown period, naming it', async () => {
    const response = await fetch(`${t.url}/api/export?format=waves&period=decade`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("unknown period 'decade'");
  });

  it('examples/python/atlas_example.py reproduces the cascade’s figures from GraphQL and the exports', async () => {
    const run = await pythonAsync([
      path.join(root, 'examples/python/atlas_example.py'),
      '--url',
      t.url,
      '--token',
      TOKENS.viewer,
      '--region',
      `${p}region`,
    ]);
    console.log(`examples/python/atlas_example.py:\n${run.stdout}${run.stderr}`);
    expect(run.stderr).not.toMatch(/ModuleNotFoundError|No module named/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`largest cascade: r (${p}r), 5 initiatives`);
    expect(run.stdout.match(/^ok /gm)).toHaveLength(6);
    expect(run.stdout).toContain('every figure agrees');
  });
});
