import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NETWORK_SECTIONS } from '../../server/src/domain/network.types.js';
import { type TestApp, networkStats, ownedPrefixes, startTestApp } from '../support/app.js';
import { cli as runCli } from '../support/processes.js';

const cli = (...args: string[]) => runCli(args);

const root = path.resolve(import.meta.dirname, '..', '..');

describe('command line import and export (real Neo4j)', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const stats = () => networkStats(t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('imports the shipped example folder under fresh ids, and exports it back as JSON', async () => {
    const p = own.prefix('cli');
    const example = path.join(root, 'templates', 'example');
    const folder = mkdtempSync(path.join(os.tmpdir(), 'atlas-cli-'));
    // the example's ids, prefixed, so this test owns its copy (ids are the first columns)
    const exampleIds = new Set(
      ['initiatives.csv', 'actors.csv'].flatMap((f) =>
        readFileSync(path.join(example, f), 'utf8')
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.split(',')[0]!),
      ),
    );
    for (const name of NETWORK_SECTIONS) {
      const text = readFileSync(path.join(example, `${name}.csv`), 'utf8');
      const lines = text.split('\n').map((line, i) =>
        i === 0
          ? line
          : line
              .split(',')
              .map((cell) => (exampleIds.has(cell) ? `${p}${cell}` : cell))
              .join(','),
      );
      writeFileSync(path.join(folder, `${name}.csv`), lines.join('\n'));
    }
    const before = await stats();
    const run = await cli('import', folder);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^imported \d+ rows/);
    const after = await stats();
    const initiatives = readFileSync(path.join(example, 'initiatives.csv'), 'utf8').trim().split('\n').length - 1;
    expect(after.initiatives - before.initiatives).toBe(initiatives);

    const out = path.join(folder, 'out', 'network.json');
    mkdirSync(path.dirname(out), { recursive: true });
    expect((await cli('export', '--format', 'json', '--out', out)).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as { initiatives: { id: string }[] };
    expect(exported.initiatives.filter((i) => i.id.startsWith(p))).toHaveLength(initiatives);
  });

  it('reports every problem with file, row and column, exits 1 and writes nothing', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'atlas-cli-bad-'));
    writeFileSync(
      path.join(folder, 'initiatives.csv'),
      'id,name,startedOn\nok-1,Fine,2020-01-01\nok-2,Also fine,31-12-2020\n',
    );
    writeFileSync(path.join(folder, 'involvements.csv'), 'actorId,initiativeId\nnobody-at-all,ok-1\n');
    const before = await stats();
    const run = await cli('import', folder);
    expect(run.code).toBe(1);
    expect(run.err).toContain('2 problem(s), nothing was written');
    expect(run.err).toContain("initiatives.csv row 3, column startedOn (C): bad date '31-12-2020': use YYYY-MM-DD");
    expect(run.err).toContain("involvements.csv row 2, column actorId (A): unknown actor 'nobody-at-all'");
    expect(await stats()).toEqual(before);
  });
});
