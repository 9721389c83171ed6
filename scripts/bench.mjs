#!/usr/bin/env node
// `npm run bench`: bulk-import throughput on a bench Neo4j of its own (port 7689, wiped first).
// Writes bench/results.md and bench/results.json. Sizes: BENCH_SIZES (default "10000,100000").
// Sections (BENCH_SECTIONS, comma-separated, default all): the others keep their results from
// the last run that had them, in both files.
//  - import: importNetwork over GraphQL (one request, one transaction) and the CLI (`import
//    <file.json>`, including its start-up) for each demo size, the same file with `import --offline`
//    into a new database, and a naive import of the same 10k rows, one transaction per row
//  - analytics, browser: at the 10k demo (see below)
//  - engine: the engine beside python-igraph and networkx on the same graphs, at each size
//    (scripts/bench-engine.mjs; no database needed; run after the database has stopped).
//    BENCH_ONLY=engine is the same as BENCH_SECTIONS=engine
//  - load: req/s and p50/p99 at 10 and 50 connections on the demo network, on a database and
//    server of its own (scripts/bench-load.mjs)
//  - history: the change log (scripts/bench-history.mjs): import with and without it, its storage,
//    the history queries, the projection's size per process (BENCH_HISTORY_IMPORTS=false: all but
//    the import rounds and the projection's size, which are kept)
//  - research: the introduction simulator and null models at the 10k demo, beside NDlib and
//    networkx (scripts/bench-research.mjs; no database needed). BENCH_ONLY=research runs it alone
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import * as historyBench from './bench-history.mjs';
import { untilIdle } from './bench-util.mjs';
import { portOpen, startNeo4j, stopNeo4j } from './neo4j.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.BENCH_NEO4J_PORT ?? '7689';
const dbEnv = {
  ...process.env,
  NEO4J_PORT: port,
  NEO4J_DATA_DIR: '.data/neo4j-bench',
  NEO4J_HEAP: process.env.NEO4J_HEAP ?? '8g',
  NEO4J_PAGECACHE_MB: process.env.NEO4J_PAGECACHE_MB ?? '1024',
};
const uri = `bolt://127.0.0.1:${port}`;
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const token = 'bench-editor-token';
const serverPort = Number(process.env.BENCH_PORT ?? 4099);
const tmp = path.join(root, '.data', 'bench');
const SECTIONS = ['import', 'analytics', 'engine', 'browser', 'history', 'research', 'load'];
const chosen = process.env.BENCH_ONLY ?? process.env.BENCH_SECTIONS ?? SECTIONS.join(',');
const sections = new Set(chosen.split(',').map((x) => x.trim()));
for (const name of sections) {
  if (!SECTIONS.includes(name)) throw new Error(`bench: unknown section '${name}' (one of ${SECTIONS.join(', ')})`);
}
const run = (name) => sections.has(name);
const needsServer = ['import', 'analytics', 'browser'].some(run);
const needsDatabase = needsServer || run('history');
const { benchBrowser, browserMarkdown, ensureClientBuilt } = await import('./bench-browser.mjs');
// the server serves the dashboard only if it is built when the server starts (a clean clone has none)
if (run('browser')) ensureClientBuilt();
const { benchEngine, engineMarkdown } = await import('./bench-engine.mjs');
const { benchLoad, loadMarkdown } = await import('./bench-load.mjs');
const { benchResearch, researchMarkdown } = await import('./bench-research.mjs');

const { generateDemoNetwork } = await import(path.join(root, 'server/dist/modules/demo/demo-generator.js'));

const { NETWORK_SECTIONS } = await import(path.join(root, 'server/dist/domain/network.types.js'));
const rowCount = (input) => NETWORK_SECTIONS.reduce((n, s) => n + (input[s]?.length ?? 0), 0);

if (needsDatabase) await stopNeo4j(dbEnv);
rmSync(path.join(root, '.data/neo4j-bench'), { recursive: true, force: true });
// the bench wipes its database: never one that something else started on this port
if (needsDatabase && !(await startNeo4j(dbEnv)).started) {
  throw new Error(`bench: port ${port} is taken by another database; choose a free one with BENCH_NEO4J_PORT`);
}
const driver = neo4j.driver(uri);

async function wipe() {
  await driver
    .executeQuery('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', {}, {})
    .catch(async () => {
      // CALL … IN TRANSACTIONS needs an implicit transaction
      const session = driver.session();
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    });
}

const env = {
  ...process.env,
  NEO4J_URI: uri,
  SEED_DEMO: 'false',
  API_TOKENS: `editor:${token}`,
  PORT: String(serverPort),
  LOG_LEVEL: 'warn',
  DATA_DIR: '.data/bench',
  UPLOAD_MAX_MB: '2048',
};
if (needsServer && (await portOpen(serverPort))) {
  throw new Error(`bench: port ${serverPort} is taken; choose a free one with BENCH_PORT`);
}
const server = needsServer
  ? spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
  : null;
process.on('exit', () => server?.kill('SIGTERM'));
server?.once('exit', (code) => {
  if (code !== null && code !== 0) {
    console.error(`bench: the server exited with code ${code}`);
    process.exit(1);
  }
});
for (let i = 0; needsServer; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${serverPort}/health`)).ok) break;
  } catch {
    // not listening yet
  }
  if (i > 240) throw new Error('the server did not start');
  await new Promise((r) => setTimeout(r, 250));
}

const results = [];
const record = (name, size, rows, ms, extra = {}) => {
  const entry = {
    name,
    initiatives: size,
    rows,
    seconds: +(ms / 1000).toFixed(2),
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    ...extra,
  };
  results.push(entry);
  console.log(`bench: ${name} ${size}: ${rows} rows in ${entry.seconds} s = ${entry.rowsPerSecond} rows/s`);
  return entry;
};

/**
 * `import --offline` of the same file into a new embedded database (its own folder, stopped
 * after), with everything it does (checks, the importer's files, the importer, the schema and
 * the change set on the new database, its start and stop); and the importer's own part, as it
 * reports it ("IMPORT DONE in 8s 998ms").
 */
function benchOfflineImport(file, size, rows) {
  const dataDir = path.join(tmp, 'neo4j-offline');
  rmSync(dataDir, { recursive: true, force: true });
  const offlineEnv = { ...env, NEO4J_DATA_DIR: dataDir, NEO4J_PORT: '7696', NEO4J_HEAP: dbEnv.NEO4J_HEAP };
  delete offlineEnv.NEO4J_URI;
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(root, 'server/dist/cli/main.js'), 'import', '--offline', file], {
    env: offlineEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`offline import failed: ${run.stderr}${run.stdout.slice(-2000)}`);
  record('CLI import --offline (new database, incl. start-ups)', size, rows, performance.now() - started);
  const done = /IMPORT DONE in (?:(\d+)m )?(?:(\d+)s )?(\d+)ms/.exec(run.stdout);
  if (done) {
    const ms = Number(done[1] ?? 0) * 60_000 + Number(done[2] ?? 0) * 1000 + Number(done[3]);
    record('… of which neo4j-admin database import', size, rows, ms);
  }
  rmSync(dataDir, { recursive: true, force: true });
}

mkdirSync(tmp, { recursive: true });
const mutation =
  'mutation($input: NetworkInput!) { importNetwork(input: $input) { initiatives actors involvements influences amplifications outcomes barriers } }';
async function importOverGraphql(input) {
  const response = await fetch(`http://127.0.0.1:${serverPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: mutation, variables: { input } }),
  });
  const text = await response.text();
  const body = text.startsWith('{') ? JSON.parse(text) : {};
  if (!response.ok || body.errors || body.data?.importNetwork?.initiatives !== input.initiatives.length) {
    throw new Error(`importNetwork failed (HTTP ${response.status}): ${text.slice(0, 500)}`);
  }
}
// warm-up: the JVM and Neo4j's query caches, as in a running product; not measured
if (needsServer) {
  await importOverGraphql(generateDemoNetwork({ initiatives: 2000, seed: 7 }));
  await wipe();
}

async function gqlQuery(query) {
  const response = await fetch(`http://127.0.0.1:${serverPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}
const coldAfterImport = [];
let naiveSize;
let naiveEntry;
let bulk;
if (run('import')) {
  for (const size of sizes) {
    const input = generateDemoNetwork({ initiatives: size });
    const rows = rowCount(input);
    const file = path.join(tmp, `demo-${size}.json`);
    writeFileSync(file, JSON.stringify(input));

    // each import is timed once the server's work ahead on the last network has ended (untilIdle)
    await wipe();
    await untilIdle(`http://127.0.0.1:${serverPort}`);
    let started = performance.now();
    await importOverGraphql(input);
    record('importNetwork (GraphQL)', size, rows, performance.now() - started);
    // the dashboard's default answers right after the import: the server recomputes them in the
    // background (database/warmer.ts); a visitor arriving at once waits for what is left of it
    started = performance.now();
    await gqlQuery(
      '{ networkStats { initiatives } isolatedInitiatives { initiative { id } } cascades(sortBy: SIZE, first: 20) { size } actorRanking(measure: PAGERANK) { score } }',
    );
    coldAfterImport.push({ initiatives: size, ms: Math.round(performance.now() - started) });
    console.log(`bench: default answers after the import of ${size}: ${coldAfterImport.at(-1).ms} ms`);

    await wipe();
    await untilIdle(`http://127.0.0.1:${serverPort}`);
    started = performance.now();
    const cli = spawnSync(process.execPath, [path.join(root, 'server/dist/cli/main.js'), 'import', file], {
      env,
      encoding: 'utf8',
    });
    if (cli.status !== 0) throw new Error(`CLI import failed: ${cli.stderr}`);
    record('CLI import (JSON file, incl. start-up)', size, rows, performance.now() - started);
    // the bench server's work ahead on the network just imported would run beside it
    await wipe();
    await untilIdle(`http://127.0.0.1:${serverPort}`);
    benchOfflineImport(file, size, rows);
  }

  // The naive baseline: the same 10k rows, each row its own transaction.
  naiveSize = Math.min(...sizes);
  const naiveInput = generateDemoNetwork({ initiatives: naiveSize });
  writeFileSync(path.join(tmp, 'naive.json'), JSON.stringify(naiveInput));
  await wipe();
  await untilIdle(`http://127.0.0.1:${serverPort}`);
  // the bench server is paused meanwhile: every naive row is a write, and its work ahead
  // (database/warmer.ts, polling the data version) would recompute the analytics of the growing
  // network all along, on the same cores (2026-12-02, with it running: 184 rows/s; 425 before it existed)
  server?.kill('SIGSTOP');
  const naive = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/bench-naive.mjs'), path.join(tmp, 'naive.json')],
    {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  server?.kill('SIGCONT');
  if (naive.status !== 0) throw new Error('naive import failed');
  const naiveMs = Number(naive.stdout.trim().split('\n').pop());
  naiveEntry = record('naive: one transaction per row', naiveSize, rowCount(naiveInput), naiveMs);
  bulk = results.find((r) => r.name === 'importNetwork (GraphQL)' && r.initiatives === naiveSize);
}

// ---------------------------------------------------------------- the explorer at the demo's size
// the 300-initiative demo (what a fresh start seeds): the explorer's default view; the 10k demo's
// slices follow below, through the same server
let browserSmall;
if (run('browser')) {
  await wipe();
  await importOverGraphql(generateDemoNetwork({ initiatives: 300 }));
  try {
    browserSmall = await benchBrowser(`http://127.0.0.1:${serverPort}`, {
      slices: [''],
      network: 300,
      serverPid: server?.pid,
    });
  } catch (error) {
    console.error(`bench: the browser part (300 demo) failed: ${error.message}`);
  }
}

// ---------------------------------------------------------------- analytics at the 10k demo size
const analytics = [];
if (run('analytics') || run('browser')) {
  const size = 10000;
  await wipe();
  await importOverGraphql(generateDemoNetwork({ initiatives: size }));
  const gql = async (query) => {
    const response = await fetch(`http://127.0.0.1:${serverPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors).slice(0, 300)}`);
    return body.data;
  };
  const largest = (await gql('{ cascades(sortBy: SIZE, first: 1) { root { id } size } }')).cascades[0];
  const radarRegion = 'Gelderland';
  const rankings = ['DEGREE', 'PAGERANK', 'BETWEENNESS', 'CLOSENESS'].map((measure) => [
    `actorRanking ${measure}`,
    `{ actorRanking(measure: ${measure}, first: 10) { rank actor { id } score } }`,
  ]);
  const queries = [
    // every query of docs/api-contract.graphql
    ['networkStats', '{ networkStats { initiatives components isolatedInitiatives } }'],
    [
      `cascade (largest, ${largest.size} initiatives)`,
      `{ cascade(rootId: "${largest.root.id}") { size depth structuralVirality } }`,
    ],
    ['isolatedInitiatives', '{ isolatedInitiatives { initiative { id } suggestions { initiative { id } score } } }'],
    ...rankings,
    // the radar's queries (client/src/api/Radar*.graphql), for one region
    ['radar: tieStructure regions', '{ tieStructure { regions { region largestComponentShare } } }'],
    [
      `radar: networkSeries YEAR (${radarRegion})`,
      `{ networkSeries(period: YEAR, region: "${radarRegion}") { points { asOf isolateShare largestComponent largestShare } } }`,
    ],
    [
      `radar: isolatedInitiatives (${radarRegion})`,
      `{ isolatedInitiatives(region: "${radarRegion}", suggestions: 5) { initiative { id name } suggestions { score initiative { id name } } } }`,
    ],
    [
      `radar: weaklyTiedInitiatives (${radarRegion})`,
      `{ weaklyTiedInitiatives(region: "${radarRegion}", suggestions: 5) { initiative { id } tiedTo { id } suggestions { score initiative { id } } } }`,
    ],
    ['diffusion: cascades', '{ cascades(sortBy: SIZE, first: 20) { root { id name } size depth structuralVirality } }'],
  ];
  for (const [name, query] of run('analytics') ? queries : []) {
    // an empty import is a write: the next answer is computed from a freshly loaded projection
    await gql('mutation { importNetwork(input: {}) { initiatives } }');
    let started = performance.now();
    await gql(query);
    const cold = performance.now() - started;
    // warm: once the background recompute after that write is done (it shares the two cores)
    await untilIdle(`http://127.0.0.1:${serverPort}`);
    const warm = [];
    for (let i = 0; i < 7; i++) {
      started = performance.now();
      await gql(query);
      warm.push(performance.now() - started);
    }
    warm.sort((a, b) => a - b);
    const entry = { name, coldMs: Math.round(cold), warmMedianMs: +warm[3].toFixed(1) };
    analytics.push(entry);
    console.log(`bench: ${name}: cold ${entry.coldMs} ms, warm median ${entry.warmMedianMs} ms`);
  }
}
// ---------------------------------------------------------------- the explorer in headless Chromium
// on the same 10k demo, through this server: first draw and pan/zoom frame times, canvas vs WebGL
let browserBench;
if (run('browser')) {
  try {
    browserBench = await benchBrowser(`http://127.0.0.1:${serverPort}`, { serverPid: server?.pid });
    if (browserSmall) {
      browserBench = {
        results: [...browserSmall.results, ...browserBench.results],
        serverLayouts: [...browserSmall.serverLayouts, ...browserBench.serverLayouts],
        loadAverages: [...browserSmall.loadAverages, ...browserBench.loadAverages],
        clientWeight: browserBench.clientWeight,
        defaultViews: [...browserSmall.defaultViews, ...browserBench.defaultViews],
        seconds: browserSmall.seconds + browserBench.seconds,
      };
    }
  } catch (error) {
    console.error(`bench: the browser part failed: ${error.message}`);
    browserBench = { error: error.message };
  }
}
server?.kill('SIGTERM');

// ---------------------------------------------------------------- the change log
const { benchHistory, historyMarkdown } = historyBench;
let history;
if (run('history')) {
  history = await benchHistory({
    root,
    sizes,
    generateDemoNetwork,
    rowCount,
    wipe,
    driver,
    env,
    token,
    dataDir: path.join(root, dbEnv.NEO4J_DATA_DIR),
    restartDatabase: async () => {
      await stopNeo4j(dbEnv);
      await startNeo4j(dbEnv);
    },
    basePort: serverPort + 1,
    previous:
      process.env.BENCH_HISTORY_IMPORTS === 'false' && existsSync(path.join(root, 'bench', 'results.json'))
        ? JSON.parse(readFileSync(path.join(root, 'bench', 'results.json'), 'utf8')).history
        : undefined,
  });
}

await driver.close();
if (needsDatabase) await stopNeo4j(dbEnv);

// ---------------------------------------------------------------- the engine beside igraph and networkx
// after the database and the server have stopped, so they take no CPU from it
const engine = run('engine') ? await benchEngine({ root, sizes, tmp }) : undefined;
mkdirSync(tmp, { recursive: true });
const research = run('research') ? await benchResearch({ root, tmp }) : undefined;
rmSync(tmp, { recursive: true, force: true });

// ---------------------------------------------------------------- load on the demo network
// its own database and server (scripts/bench-load.mjs)
const load = run('load') ? await benchLoad() : undefined;

const speedup = bulk ? +(bulk.rowsPerSecond / naiveEntry.rowsPerSecond).toFixed(1) : null;
const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Neo4j 5.26 embedded (heap ${dbEnv.NEO4J_HEAP})`;
const when = new Date().toISOString();
mkdirSync(path.join(root, 'bench'), { recursive: true });

// the sections not run this time keep what the files had
const jsonFile = path.join(root, 'bench/results.json');
const mdFile = path.join(root, 'bench/results.md');
const previous = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : {};
const json = {
  ...previous,
  when,
  machine,
  sections: { ...previous.sections, ...Object.fromEntries([...sections].map((name) => [name, when])) },
  ...(run('import') ? { results, bulkVsNaive: speedup, coldAfterImport } : {}),
  ...(run('analytics') ? { analytics } : {}),
  ...(run('engine') ? { engine: { when, ...engine } } : {}),
  ...(run('browser') ? { browser: browserBench } : {}),
  ...(run('history') ? { history } : {}),
  ...(run('research') ? { research: { when, ...research } } : {}),
  ...(run('load') ? { load: { when, ...load } } : {}),
};
writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);

/** The blocks of the previous results.md by section (its lines from the heading on). */
function previousBlocks() {
  if (!existsSync(mdFile)) return {};
  const [head, ...parts] = readFileSync(mdFile, 'utf8').split(/^(?=## )/m);
  const blocks = {};
  // results.md before sections had the import table under the title, without a heading
  const importLines = head.split('\n').filter((l) => !l.startsWith('# ') && !l.startsWith('Written by'));
  if (importLines.some((l) => l.startsWith('|'))) blocks.import = ['## Bulk import', ...importLines];
  const prefixes = {
    import: '## Bulk import',
    analytics: '## Analytics',
    engine: '## The engine',
    browser: '## The explorer',
    history: '## The change log',
    research: '## Research toolkit',
    load: '## Load',
  };
  for (const part of parts) {
    const name = Object.keys(prefixes).find((k) => part.startsWith(prefixes[k]));
    if (name) blocks[name] = part.trimEnd().split('\n');
  }
  return blocks;
}

const fresh = {
  import: () => [
    '## Bulk import',
    '',
    'Aim: at least 30,000 rows/s for bulk import at the 100k demo with the change log on (the default), and at least 50 times the naive one-transaction-per-row import at 10k.',
    '',
    '| what | initiatives | rows | seconds | rows/s |',
    '|---|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.initiatives.toLocaleString('en')} | ${r.rows.toLocaleString('en')} | ${r.seconds} | ${r.rowsPerSecond.toLocaleString('en')} |`,
    ),
    '',
    `Bulk importNetwork vs naive at ${naiveSize.toLocaleString('en')} initiatives: **${speedup}×**.`,
    '',
    'The default dashboard answers (networkStats, isolatedInitiatives, cascades, actorRanking PAGERANK in one request) asked right after the import, while the server recomputes them in the background: ' +
      coldAfterImport
        .map((c) => `${c.ms.toLocaleString('en')} ms at ${c.initiatives.toLocaleString('en')} initiatives`)
        .join(', ') +
      '.',
  ],
  analytics: () => [
    '## Analytics through GraphQL, 10,000-initiative demo network',
    '',
    'Cold: the first answer right after a write (an empty import), racing the background recompute of the default answers (which loads the projection from Neo4j). Warm: median of 7 repeated calls (cached per data version), once that background recompute is done (GET /health). Aim: warm under 50 ms.',
    '',
    '| query | cold ms | warm median ms |',
    '|---|---:|---:|',
    ...analytics.map((a) => `| ${a.name} | ${a.coldMs} | ${a.warmMedianMs} |`),
  ],
  engine: () => engineMarkdown(engine),
  browser: () =>
    browserBench.error
      ? ['## The explorer in headless Chromium', '', `Did not run: ${browserBench.error}`]
      : browserMarkdown(browserBench),
  history: () => historyMarkdown(history),
  research: () => researchMarkdown(research),
  load: () => loadMarkdown(load),
};
const kept = previousBlocks();
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${when}; ${machine}. Sections run: ${[...sections].join(', ')}${
    sections.size < SECTIONS.length ? ' (the others as written by an earlier run, on the dates in results.json)' : ''
  }.`,
  '',
  ...SECTIONS.flatMap((name) => {
    const block = run(name) ? fresh[name]() : kept[name];
    return block ? [...block, ''] : [];
  }),
];
writeFileSync(mdFile, lines.join('\n').replace(/\n{3,}/g, '\n\n'));
console.log(lines.join('\n'));
