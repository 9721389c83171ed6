import { unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { TOKENS, type TestApp, networkStats, ownedPrefixes, startTestApp } from '../support/app.js';

const IMPORT = `mutation($input: NetworkInput!) { importNetwork(input: $input) { initiatives } }`;
type Stats = Record<string, number>;

/** A self-contained network in a region of its own, so a region-filtered export is exactly it. */
function network(p: string) {
  const region = `${p}region`;
  return {
    initiatives: [
      {
        id: `${p}a`,
        name: 'Energiecoöperatie "Zon & Wind" <Drenthe>',
        description: 'Eerste coöperatie, met komma, en | pijp',
        region,
        themes: ['energy', 'housing'],
        startedOn: '2014-05-01',
        status: 'EMBEDDED',
        latitude: 52.99,
        longitude: 6.56,
        characteristics: [
          { characteristic: 'SYSTEM_STEP', score: 2, evidence: 'first local energy co-op' },
          { characteristic: 'AMPLIFICATION_POTENTIAL', score: 3 },
        ],
      },
      {
        id: `${p}b`,
        name: 'Zonnedorp Friesland',
        region,
        themes: ['energy'],
        startedOn: '2016-09-12',
        status: 'RUNNING',
      },
      { id: `${p}c`, name: 'Warmtenet', region, themes: ['housing'] },
      { id: `${p}d`, name: 'Alleen', region },
    ],
    actors: [
      { id: `${p}x`, name: 'Gemeente Assen', kind: 'MUNICIPALITY', region },
      { id: `${p}y`, name: 'Buurtvereniging', kind: 'CITIZEN_COLLECTIVE' },
    ],
    involvements: [
      { actorId: `${p}x`, initiativeId: `${p}a`, role: 'funder', since: '2014-05-01' },
      { actorId: `${p}x`, initiativeId: `${p}c`, role: 'partner' },
      { actorId: `${p}y`, initiativeId: `${p}b` },
    ],
    influences: [{ fromActorId: `${p}y`, toActorId: `${p}x`, weight: 2.5, since: '2015-01-01' }],
    amplifications: [
      {
        fromInitiativeId: `${p}a`,
        toInitiativeId: `${p}b`,
        mode: 'SPREADING',
        on: '2016-09-12',
        evidence: 'copied the statutes',
        confidence: 0.9,
        mechanisms: ['PROFESSIONALISATION', 'BANDWAGON'],
      },
      { fromInitiativeId: `${p}a`, toInitiativeId: `${p}c`, mode: 'BROADENING' },
    ],
    outcomes: [{ initiativeId: `${p}a`, kind: 'REVENUE_MODEL', name: 'energy sold to members', on: '2015-01-01' }],
    barriers: [
      { initiativeId: `${p}a`, barrier: 'REGULATION', overcome: true, on: '2015-06-01', note: 'net metering' },
      { initiativeId: `${p}b`, barrier: 'FINANCING' },
    ],
  };
}

/** The same text with one id prefix swapped for another (a fresh copy of the network). */
const reprefix = (text: string, from: string, to: string) => text.split(from).join(to);

describe('exports and uploads (real Neo4j)', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const prefix = own.prefix;
  const stats = () => networkStats(t);
  const delta = (after: Stats, before: Stats) =>
    Object.fromEntries(Object.keys(after).map((k) => [k, after[k]! - before[k]!]));
  const exportOf = (p: string, format: string) =>
    fetch(`${t.url}/api/export?format=${format}&region=${encodeURIComponent(`${p}region`)}`);
  const upload = (
    files: { name: string; data: Uint8Array | string }[],
    token: keyof typeof TOKENS | null = 'editor',
    query = '',
  ) => {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([f.data]), f.name);
    return fetch(`${t.url}/api/import${query}`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${TOKENS[token]}` } : {},
    });
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('exports a slice as JSON that equals the input and imports back to the same stats', async () => {
    const p = prefix('json');
    const input = network(p);
    const before = await stats();
    expect((await t.gql(IMPORT, { input })).errors).toBeUndefined();
    const imported = delta(await stats(), before);

    const response = await exportOf(p, 'json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('.json');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual(input);

    // the export, under fresh ids, is a second copy of the network with the same figures
    const q = prefix('json-copy');
    const middle = await stats();
    const reply = await upload([{ name: 'network.json', data: reprefix(text, p, q) }]);
    expect(reply.status).toBe(201);
    expect(delta(await stats(), middle)).toEqual(imported);
  });

  it('exports CSV files (zip) and XLSX that upload back to the same stats', async () => {
    const p = prefix('csv');
    const before = await stats();
    await t.gql(IMPORT, { input: network(p) });
    const imported = delta(await stats(), before);

    const zip = unzipSync(new Uint8Array(await (await exportOf(p, 'csv')).arrayBuffer()));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['initiatives.csv', 'actors.csv', 'amplifications.csv']));
    const q = prefix('csv-copy');
    const files = Object.entries(zip).map(([name, data]) => ({
      name,
      data: reprefix(Buffer.from(data).toString('utf8'), p, q),
    }));
    let middle = await stats();
    const reply = await upload(files);
    expect(reply.status).toBe(201);
    expect(delta(await stats(), middle)).toEqual(imported);

    const xlsx = new Uint8Array(await (await exportOf(p, 'xlsx')).arrayBuffer());
    expect(Buffer.from(xlsx.subarray(0, 2)).toString()).toBe('PK');
    // the workbook of the first copy re-imports onto itself without change (upsert)
    middle = await stats();
    expect((await upload([{ name: 'network.xlsx', data: xlsx }])).status).toBe(201);
    expect(await stats()).toEqual(middle);
  });

  it('exports GEXF that graphology parses with the same node and edge counts', async () => {
    const p = prefix('gexf');
    const input = network(p);
    await t.gql(IMPORT, { input });
    const gexf = await (await exportOf(p, 'gexf')).text();
    const graph = parseGexf(MultiDirectedGraph, gexf);
    expect(graph.order).toBe(input.initiatives.length + input.actors.length);
    expect(graph.size).toBe(input.involvements.length + input.influences.length + input.amplifications.length);
    const graphml = await (await exportOf(p, 'graphml')).text();
    expect((graphml.match(/<node /g) ?? []).length).toBe(graph.order);
    expect((graphml.match(/<edge /g) ?? []).length).toBe(graph.size);
  });

  it('rejects an upload with mistakes, naming file, row and column, and writes nothing', async () => {
    const p = prefix('bad');
    const before = await stats();
    const initiatives = [
      'id,name,region,startedOn',
      `${p}a,Goed initiatief,Drenthe,2020-01-01`,
      `${p}b,,Drenthe,2020-13-01`,
    ].join('\n');
    const amplifications = [
      'fromInitiativeId,toInitiativeId,mode',
      `${p}a,${p}zzz,SPREADING`,
      `${p}a,${p}b,HOPPING`,
    ].join('\n');
    const reply = await upload([
      { name: 'initiatives.csv', data: initiatives },
      { name: 'amplifications.csv', data: amplifications },
    ]);
    expect(reply.status).toBe(400);
    const body = (await reply.json()) as { code: string; problems: { path: string; message: string }[] };
    expect(body.code).toBe('BAD_USER_INPUT');
    const lines = body.problems.map((x) => `${x.path}: ${x.message}`);
    expect(lines).toEqual([
      'initiatives.csv row 3, column name (B): name is required',
      "initiatives.csv row 3, column startedOn (D): bad date '2020-13-01': use YYYY-MM-DD",
      `amplifications.csv row 2, column toInitiativeId (B): unknown initiative '${p}zzz'`,
      expect.stringMatching(/^amplifications\.csv row 3, column mode \(C\): unknown amplification mode 'HOPPING'/),
    ]);
    expect(await stats()).toEqual(before);
  });

  it('checks an upload without writing it (dry run): the rows it would write, or the same problems', async () => {
    const p = prefix('dry');
    const before = await stats();
    const good = [
      { name: 'initiatives.csv', data: `id,name,region\n${p}a,Proef,Drenthe\n${p}b,Proef twee,Drenthe` },
      { name: 'amplifications.csv', data: `fromInitiativeId,toInitiativeId,mode\n${p}a,${p}b,SPREADING` },
    ];
    const checked = await upload(good, 'editor', '?dryRun=true');
    expect(checked.status).toBe(201);
    const body = (await checked.json()) as { dryRun: boolean; report: Record<string, number> };
    expect(body.dryRun).toBe(true);
    expect(body.report).toMatchObject({ initiatives: 2, amplifications: 1, actors: 0 });
    expect(await stats()).toEqual(before);

    const bad = [{ name: 'initiatives.csv', data: `id,name,startedOn\n${p}c,Fout,2020-02-30` }];
    const refused = await upload(bad, 'editor', '?dryRun=true');
    expect(refused.status).toBe(400);
    const problems = ((await refused.json()) as { problems: { path: string }[] }).problems.map((x) => x.path);
    expect(problems).toEqual(['initiatives.csv row 2, column startedOn (C)']);
    // a dry run needs the editor role like the import itself
    expect((await upload(good, 'viewer', '?dryRun=true')).status).toBe(403);
    expect(await stats()).toEqual(before);
  });

  it('serves the spreadsheet templates and their guide for the Data page', async () => {
    const xlsx = await fetch(`${t.url}/templates/template.xlsx`);
    expect(xlsx.status).toBe(200);
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK'); // a zip container, as XLSX is
    const csv = await fetch(`${t.url}/templates/csv/initiatives.csv`);
    expect((await csv.text()).split('\n')[0]).toMatch(/^id,name,/);
    const guide = await fetch(`${t.url}/templates/README.md`);
    expect(await guide.text()).toContain('initiatives');
    expect((await fetch(`${t.url}/templates/nothing.xlsx`)).status).toBe(404);
  });

  it('needs the editor role to upload and checks export parameters', async () => {
    const csv = [{ name: 'initiatives.csv', data: 'id,name\nx,y' }];
    expect((await upload(csv, null)).status).toBe(401);
    expect((await upload(csv, 'viewer')).status).toBe(403);
    const bad = await fetch(`${t.url}/api/export?format=pdf&from=yesterday`);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { problems: { path: string }[] };
    expect(body.problems.map((x) => x.path)).toEqual(['format', 'from']);
  });
});

describe('upload size limit', () => {
  it('refuses a file over UPLOAD_MAX_MB with 413 TOO_LARGE', async () => {
    const t = await startTestApp({ UPLOAD_MAX_MB: '1' });
    try {
      const form = new FormData();
      form.append('files', new Blob(['id,name\n' + 'x,'.repeat(600_000)]), 'initiatives.csv');
      const reply = await fetch(`${t.url}/api/import`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${TOKENS.editor}` },
      });
      expect(reply.status).toBe(413);
      expect(((await reply.json()) as { code: string }).code).toBe('TOO_LARGE');
    } finally {
      await t.close();
    }
  });
});
