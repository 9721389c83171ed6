import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { AppError } from '../common/app-error.js';
import { freePort } from '../common/free-port.js';
import type { ChangeDescription } from '../domain/change.types.js';
import { NETWORK_SECTIONS, type NetworkInput } from '../domain/network.types.js';
import {
  changeSetFiles,
  createdChangeSet,
  networkToImportCsv,
  type ImportCsvFile,
} from '../modules/network/utils/import-csv.js';
import {
  sortProblems,
  unknownReferenceProblems,
  validateNetworkInput,
} from '../modules/network/utils/validate-network.js';
import { readImportFiles } from '../modules/transfer/transfer.service.js';
import type { ReadLimits } from '../modules/transfer/formats/upload-limits.js';
import type { NamedFile } from '../modules/transfer/transfer.types.js';

/**
 * `import --offline`: a network into an EMPTY embedded database through Neo4j's own offline
 * importer (neo4j-admin database import), all or nothing. The rows are checked as an online
 * import checks them (every problem located in its file); the importer then builds a new store
 * in a staging folder beside the data folder, from files holding the network, the change set
 * an online import of it records (seq 1, its chunks compressed as online) and the data version;
 * only once the importer has succeeded does the staging folder take the data folder's place.
 * Anything failing before that leaves the data folder as it was. The schema (constraints,
 * indexes, the fixed vocabularies) is applied at the database's next use, as at every start.
 * The embedded database must be stopped, and hold nothing but what a fresh start puts there
 * (the schema's vocabulary and the data version 0).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const neo4jScript = path.join(root, 'scripts', 'neo4j.mjs');

/** The change set of the import: the first one of the new database. */
const SEQ = 1;

/** The embedded database's settings (scripts/neo4j.mjs where). */
interface Settings {
  dataDir: string;
  /** its process when it runs (from its pid file), else null */
  pid: number | null;
}

function runNeo4j(args: string[], env: NodeJS.ProcessEnv = {}, quiet = false) {
  return spawnSync(process.execPath, [neo4jScript, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'],
  });
}

const begun = Date.now();

/** One step's start, with the seconds since the command began. */
function say(step: string): void {
  console.log(`offline import [${((Date.now() - begun) / 1000).toFixed(1)} s]: ${step}`);
}

/** The embedded database's settings; refuses when it runs (its files are in use) or is not the target. */
function embeddedSettings(): Settings {
  if (process.env.NEO4J_URI) {
    throw new AppError(
      'BAD_USER_INPUT',
      `--offline fills the embedded database only, and NEO4J_URI is set (${process.env.NEO4J_URI}): import without --offline`,
    );
  }
  const settings = JSON.parse(runNeo4j(['where'], {}, true).stdout) as Settings;
  if (settings.pid !== null) {
    throw new AppError(
      'BAD_USER_INPUT',
      `the embedded database of ${settings.dataDir} is running (pid ${settings.pid}): stop it first (npm run neo4j:stop), or import without --offline`,
    );
  }
  return settings;
}

/** Every problem of the rows, as an online import into an empty database finds them (no reference can be stored). */
function checkRows(
  input: NetworkInput,
  locate: (p: { path: string; message: string }) => { path: string; message: string },
) {
  const { problems, external } = validateNetworkInput(input);
  const all = [...problems, ...unknownReferenceProblems(external, { initiatives: new Set(), actors: new Set() })];
  if (all.length > 0) throw AppError.badInput(sortProblems(all).map(locate), 'upload');
}

/** Starts a database on the data folder `dir` at a free port for `work`, and stops it again. */
async function withDatabaseAt<T>(dir: string, work: (uri: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const env = { NEO4J_PORT: String(port), NEO4J_DATA_DIR: dir };
  if (runNeo4j(['start'], env).status !== 0) throw new Error(`the database in ${dir} did not start`);
  try {
    return await work(`bolt://127.0.0.1:${port}`);
  } finally {
    runNeo4j(['stop'], env, true);
  }
}

/** Refuses a data folder that holds anything beyond what a fresh start writes. */
async function checkEmpty(dataDir: string): Promise<void> {
  if (!existsSync(path.join(dataDir, 'data', 'databases', 'neo4j'))) return;
  say(`checking that the database in ${dataDir} is empty…`);
  const held = await withDatabaseAt(dataDir, async (uri) => {
    const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
    try {
      const { records } = await driver.executeQuery(
        `MATCH (n) WHERE NOT (n:DataVersion OR n:Barrier OR n:Mechanism)
         WITH count(n) AS nodes OPTIONAL MATCH (v:DataVersion) RETURN nodes, coalesce(max(v.seq), 0) AS version`,
      );
      return records[0]!.toObject() as { nodes: number; version: number };
    } finally {
      await driver.close();
    }
  });
  if (held.nodes > 0 || held.version > 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      `--offline fills an empty database only, and the one in ${dataDir} holds ${held.nodes} nodes (data version ${held.version}): import without --offline, or point NEO4J_DATA_DIR at a new folder`,
    );
  }
}

/** Writes the importer's files into `dir`; returns its options. */
function writeFiles(dir: string, files: ImportCsvFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  const at = (file: ImportCsvFile) => path.join(dir, file.name);
  const written = files.filter((file) => file.lines.length > 1);
  // only the files with a line break in a field are read field by field (the others in parallel)
  const multiline = written.filter((file) => file.multiline).map(at);
  const options = [
    '--array-delimiter=U+001F',
    '--multiline-fields-format=v2',
    ...(multiline.length > 0 ? [`--multiline-fields=${multiline.join(',')}`] : []),
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--report-file=${path.join(dir, 'import.report')}`,
  ];
  for (const file of written) {
    writeFileSync(at(file), file.lines.join(''));
    options.push(`--${file.kind}=${file.label}=${at(file)}`);
  }
  return options;
}

/** Imports `files` into the empty embedded database, recorded as `change`. Returns the rows per section. */
export async function offlineImport(
  files: NamedFile[],
  limits: ReadLimits,
  change: Pick<ChangeDescription, 'who' | 'operation'>,
): Promise<Record<string, number>> {
  const settings = embeddedSettings();
  say(`reading ${files.map((f) => f.name).join(', ')}…`);
  const { input, locate, fileProblems } = await readImportFiles(files, limits);
  if (fileProblems.length > 0) throw AppError.badInput(fileProblems, 'upload');
  say('checking the rows…');
  checkRows(input, locate);
  await checkEmpty(settings.dataDir);
  say('making the importer’s files and the change set…');
  // the change set's chunks are compressed (on libuv's threads) while the files are made
  const recording = createdChangeSet(input, change, SEQ);
  recording.catch(() => undefined);
  const csv = networkToImportCsv(input, SEQ);
  if (csv.problems.length > 0) throw AppError.badInput(csv.problems.map(locate), 'upload');
  const staging = `${settings.dataDir}.offline-import`;
  const csvDir = `${staging}-csv`;
  rmSync(staging, { recursive: true, force: true });
  try {
    say('writing the importer’s files…');
    const record = await recording;
    const options = writeFiles(csvDir, [...csv.files, ...changeSetFiles(record, new Date())]);
    say('running neo4j-admin database import…');
    const imported = runNeo4j(['admin-import', staging, ...options]);
    if (imported.status !== 0) {
      throw new Error(`neo4j-admin database import failed (exit ${imported.status}): see above`);
    }
    embeddedSettings(); // refuses, replacing nothing, if the database was started meanwhile
    say('the new database takes the place of the old one');
    replace(settings.dataDir, staging);
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
  return Object.fromEntries(NETWORK_SECTIONS.map((s) => [s, input[s]?.length ?? 0]));
}

/** The staging folder takes the data folder's place (the old one, empty, removed after). */
function replace(dataDir: string, staging: string): void {
  const old = `${dataDir}.before-offline-import`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dataDir)) renameSync(dataDir, old);
  renameSync(staging, dataDir);
  rmSync(old, { recursive: true, force: true });
}
