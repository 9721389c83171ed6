import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { decodeChunk } from '../../server/src/database/change-log.js';
import type { ChangeEntry } from '../../server/src/domain/change.types.js';
import { generateDemoNetwork } from '../../server/src/modules/demo/demo-generator.js';
import { NETWORK_SECTIONS, type NetworkInput } from '../../server/src/domain/network.types.js';
import { cli, freePort } from '../support/processes.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * `import --offline` (Neo4j's offline importer into an empty embedded database) against real
 * Neo4j databases of its own, each in a new folder: what it stores is what an online import of
 * the same file stores (compared through `export`), it is recorded as the same change set, and it
 * refuses bad rows, a running database and one that holds data, leaving the folder as it was.
 */

const folders = mkdtempSync(path.join(os.tmpdir(), 'atlas-offline-'));

/** The database settings of a folder: no NEO4J_URI (the embedded database), small memory. */
function dbEnv(dataDir: string, port?: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: '1g',
    NEO4J_PAGECACHE_MB: '128',
    LOG_LEVEL: 'warn',
  };
  delete env.NEO4J_URI;
  if (port !== undefined) env.NEO4J_PORT = String(port);
  return env;
}

const cliIn = (env: NodeJS.ProcessEnv, ...args: string[]) => cli(args, env);

function neo4jScript(command: 'start' | 'stop', env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/neo4j.mjs'), command], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`neo4j ${command}: ${r.stdout}${r.stderr}`);
}

/** Starts the database of `dataDir`, exports it as JSON, runs `inspect` on it, and stops it. */
async function exportOf<T>(
  dataDir: string,
  inspect: (driver: neo4j.Driver) => Promise<T>,
): Promise<{ exported: string; inspected: T }> {
  const port = await freePort();
  const env = dbEnv(dataDir, port);
  neo4jScript('start', env);
  try {
    const out = path.join(folders, `${path.basename(dataDir)}.json`);
    const exported = await cliIn({ ...env, NEO4J_URI: `bolt://127.0.0.1:${port}` }, 'export', '-f', 'json', '-o', out);
    expect(exported.code).toBe(0);
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, { disableLosslessIntegers: true });
    try {
      return { exported: readFileSync(out, 'utf8'), inspected: await inspect(driver) };
    } finally {
      await driver.close();
    }
  } finally {
    neo4jScript('stop', env);
  }
}

/** A demo network this code base has not used, with the text the CSV files must carry through. */
function network(): NetworkInput {
  const input = generateDemoNetwork({ initiatives: 120, seed: 90210 });
  const initiatives = input.initiatives!;
  initiatives[0]!.description = 'Line one, "quoted";\nline two\r\nand three';
  initiatives[1]!.themes = [];
  initiatives[2]!.name = '  Spaced, trimmed  ';
  input.actors![0]!.name = 'Coöperatie Zon & Wind «Ø» 🌞';
  input.amplifications![0]!.evidence = 'Said "so", in the minutes; twice';
  return input;
}

const rows = (input: NetworkInput) => NETWORK_SECTIONS.reduce((n, s) => n + (input[s]?.length ?? 0), 0);

interface ChangeSetFigures {
  changeSets: { seq: number; operation: string; entries: number; counts: string; summary: string }[];
  /** the entries of the first change set, decoded from its chunks */
  entries: ChangeEntry[];
  marked: number;
}

const changeSets = async (driver: neo4j.Driver): Promise<ChangeSetFigures> => {
  const sets = await driver.executeQuery(
    'MATCH (c:ChangeSet) RETURN c.seq AS seq, c.operation AS operation, c.entries AS entries, c.counts AS counts, c.summary AS summary ORDER BY seq',
  );
  const marked = await driver.executeQuery(
    'MATCH (n) WHERE n:Initiative OR n:Actor RETURN count(CASE WHEN n._seq = 1 THEN 1 END) AS marked',
  );
  const chunks = await driver.executeQuery('MATCH (k:ChangeChunk {seq: 1}) RETURN k.data AS data ORDER BY k.n');
  const entries: ChangeEntry[] = [];
  for (const record of chunks.records) entries.push(...(await decodeChunk(record.get('data') as Int8Array, 1)));
  return {
    changeSets: sets.records.map((r) => r.toObject() as ChangeSetFigures['changeSets'][number]),
    entries,
    marked: marked.records[0]!.get('marked') as number,
  };
};

describe('import --offline (Neo4j’s offline importer, real databases of its own)', () => {
  const input = network();
  const file = path.join(folders, 'network.json');
  writeFileSync(file, JSON.stringify(input));
  const offlineDir = path.join(folders, 'offline');

  afterAll(() => rmSync(folders, { recursive: true, force: true }));

  it('refuses rows with problems, each located in its file, and creates no database', async () => {
    const bad = {
      ...input,
      amplifications: [{ fromInitiativeId: 'nowhere', toInitiativeId: input.initiatives![0]!.id, mode: 'SPREADING' }],
    };
    const badFile = path.join(folders, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const dir = path.join(folders, 'refused');
    const result = await cliIn(dbEnv(dir), 'import', '--offline', badFile);
    expect(result.code).toBe(1);
    expect(result.err).toContain('nothing was written');
    expect(result.err).toContain("bad.json: amplifications[0].fromInitiativeId: unknown initiative 'nowhere'");
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(folders).filter((name) => name.startsWith('refused'))).toEqual([]);
  });

  it('stores what an online import of the same file stores, recorded as one change set', async () => {
    const result = await cliIn(dbEnv(offlineDir), 'import', '--offline', file);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`imported ${rows(input)} rows`);
    expect(result.out).toContain('neo4j-admin database import');
    const offline = await exportOf(offlineDir, changeSets);

    const onlineDir = path.join(folders, 'online');
    const port = await freePort();
    neo4jScript('start', dbEnv(onlineDir, port));
    try {
      const imported = await cliIn(
        { ...dbEnv(onlineDir, port), NEO4J_URI: `bolt://127.0.0.1:${port}` },
        'import',
        file,
      );
      expect(imported.code).toBe(0);
    } finally {
      neo4jScript('stop', dbEnv(onlineDir, port));
    }
    const online = await exportOf(onlineDir, changeSets);

    expect(JSON.parse(offline.exported)).toEqual(JSON.parse(online.exported));
    // the edge cases made it through the CSV files as they were
    const stored = JSON.parse(offline.exported) as NetworkInput;
    expect(stored.initiatives!.find((i) => i.id === input.initiatives![0]!.id)!.description).toBe(
      'Line one, "quoted";\nline two\r\nand three',
    );
    expect(stored.actors!.find((a) => a.id === input.actors![0]!.id)!.name).toBe('Coöperatie Zon & Wind «Ø» 🌞');

    const [set] = offline.inspected.changeSets;
    expect(offline.inspected.changeSets).toHaveLength(1);
    expect(set).toMatchObject({ seq: 1, operation: 'CLI_IMPORT', entries: rows(input) });
    expect(set!.summary).toContain('(offline)');
    expect(set!.counts).toBe(online.inspected.changeSets[0]!.counts);
    // the same entries (what history shows and undo reverts), in the same order
    expect(offline.inspected.entries).toHaveLength(rows(input));
    expect(offline.inspected.entries).toEqual(online.inspected.entries);
    expect(offline.inspected.marked).toBe(input.initiatives!.length + input.actors!.length);
  });

  it('refuses a running database and one that holds data, and leaves it as it was', async () => {
    const port = await freePort();
    neo4jScript('start', dbEnv(offlineDir, port));
    try {
      const running = await cliIn(dbEnv(offlineDir, port), 'import', '--offline', file);
      expect(running.code).toBe(1);
      expect(running.err).toMatch(/the embedded database of .*offline is running \(pid \d+\)/);
    } finally {
      neo4jScript('stop', dbEnv(offlineDir, port));
    }
    const held = await cliIn(dbEnv(offlineDir), 'import', '--offline', file);
    expect(held.code).toBe(1);
    expect(held.err).toMatch(/fills an empty database only, and the one in .* holds \d+ nodes \(data version 1\)/);
    const after = await exportOf(offlineDir, changeSets);
    expect(after.inspected.changeSets).toHaveLength(1);
    expect((JSON.parse(after.exported) as NetworkInput).initiatives).toHaveLength(input.initiatives!.length);
  });
});
