// The change log's section of `npm run bench` (BENCH_SECTIONS=history runs it alone):
//  - bulk import throughput with the change log and without it (a second server with
//    CHANGE_LOG=false), back to back on the same wiped database, at each demo size, and a repeat
//    import of the same rows (nothing changes, nothing is written);
//  - the compressed size of a bulk import's change set, and the store's growth per small change
//    (500 edits, checkpointed before and after);
//  - changes(first: 50), an initiative's history and networkDiff over the last 30 days at the 10k
//    demo, cold and warm;
//  - the analytics projection's size in one process's heap at each demo size.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { untilIdle } from './bench-util.mjs';
import { portOpen } from './neo4j.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const mb = (bytes) => +(bytes / 2 ** 20).toFixed(1);

/** Bytes of the database's store files (data/databases/neo4j, indexes included; transaction logs not). */
function storeBytes(dataDir) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
      const full = path.join(dir, entry.name);
      return sum + (entry.isDirectory() ? walk(full) : statSync(full).size);
    }, 0);
  return walk(path.join(dataDir, 'data', 'databases', 'neo4j'));
}

async function startServer(root, env, port) {
  if (await portOpen(port)) throw new Error(`bench: port ${port} is taken; choose free ones with BENCH_PORT`);
  const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.on('exit', () => server.kill('SIGTERM'));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 240 || server.exitCode !== null) throw new Error(`bench: the server on port ${port} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once('exit', resolve);
      server.kill('SIGTERM');
    });
  return { url: `http://127.0.0.1:${port}`, stop };
}

function client(url, token) {
  return async (query, variables = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = text.startsWith('{') ? JSON.parse(text) : {};
    if (!response.ok || body.errors)
      throw new Error(`${query.slice(0, 80)}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return body.data;
  };
}

const IMPORT = 'mutation($input: NetworkInput!) { importNetwork(input: $input) { initiatives } }';

async function timed(work) {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** cold: the first call; warm: the median of 7 more (once the server's work ahead is done). */
async function coldWarm(call, url) {
  const cold = await timed(call);
  await untilIdle(url);
  const warm = [];
  for (let i = 0; i < 7; i++) warm.push(await timed(call));
  return { coldMs: Math.round(cold), warmMedianMs: +median(warm).toFixed(1) };
}

/** The analytics projection's retained heap in a fresh process (bench-projection-size.mjs). */
function projectionSize(root, env) {
  const run = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'scripts/bench-projection-size.mjs')], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0) throw new Error(`projection size: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

/**
 * Runs the section. `wipe` empties the database, `restartDatabase` shuts it down cleanly and starts
 * it again, `env` is the bench server's environment (its token in `token`), `dataDir` the bench
 * database's folder.
 */
export async function benchHistory(options) {
  const { root, env, token, basePort } = options;
  const result = { imports: [], storage: {}, queries: [], projection: [] };
  if (options.previous) {
    // BENCH_HISTORY_IMPORTS=false: the import rounds and the projection's size kept from the last run
    Object.assign(result, { imports: options.previous.imports ?? [], projection: options.previous.projection ?? [] });
    await smallChanges(options, result);
    return result;
  }
  const withLog = await startServer(root, env, basePort);
  const withoutLog = await startServer(root, { ...env, CHANGE_LOG: 'false' }, basePort + 1);
  try {
    await importThroughput(
      options,
      client(withLog.url, token),
      client(withoutLog.url, token),
      { with: withLog.url, without: withoutLog.url },
      result,
    );
  } finally {
    await withoutLog.stop();
    await withLog.stop();
  }
  await smallChanges(options, result);
  return result;
}

/** Bulk import with and without the change log, the repeat import, the change set's and the projection's size. */
async function importThroughput(options, gqlWith, gqlWithout, urls, result) {
  const { root, sizes, generateDemoNetwork, rowCount, wipe, driver, env, log = console.log } = options;
  // warm-up: the JVM and Neo4j's query caches, through both servers; not measured
  const warmUp = generateDemoNetwork({ initiatives: 2000, seed: 7 });
  // after a wipe, both servers' work ahead (database/warmer.ts: the analytics and layouts of the
  // network just imported, which a task under way finishes) is let end before the next import is
  // timed: it would otherwise share the cores with whichever import runs next
  const wipeAndSettle = async () => {
    await wipe();
    await untilIdle(urls.with);
    await untilIdle(urls.without);
  };
  for (const gql of [gqlWith, gqlWithout]) {
    await wipeAndSettle();
    await gql(IMPORT, { input: warmUp });
  }
  for (const size of sizes) {
    const input = generateDemoNetwork({ initiatives: size });
    const rows = rowCount(input);
    const entry = { initiatives: size, rows };
    // rounds in alternating order (without first, then with first …); the faster run of each counts
    const rounds = Number(process.env.BENCH_HISTORY_ROUNDS ?? 2);
    for (let round = 0; round < rounds; round++) {
      const order = [
        ['without', gqlWithout],
        ['with', gqlWith],
      ];
      for (const [name, gql] of round % 2 === 0 ? order : order.reverse()) {
        await wipeAndSettle();
        const ms = await timed(() => gql(IMPORT, { input }));
        const run = { seconds: +(ms / 1000).toFixed(2), rowsPerSecond: Math.round(rows / (ms / 1000)) };
        (entry.runs ??= { with: [], without: [] })[name].push(run);
        if (!entry[name] || run.rowsPerSecond > entry[name].rowsPerSecond) entry[name] = run;
        log(`bench: import ${size} ${name} the change log: ${run.seconds} s = ${run.rowsPerSecond} rows/s`);
      }
    }
    // the last run leaves its network; the repeat import below needs the one with the change log
    if (rounds % 2 === 0) {
      await wipeAndSettle();
      await gqlWith(IMPORT, { input });
    }
    entry.ratio = +(entry.with.rowsPerSecond / entry.without.rowsPerSecond).toFixed(3);
    const again = await timed(() => gqlWith(IMPORT, { input }));
    entry.repeatSeconds = +(again / 1000).toFixed(2);
    const [stored] = (
      await driver.executeQuery(
        `MATCH (c:ChangeSet) WITH c ORDER BY c.seq DESC SKIP 1 LIMIT 1
         MATCH (k:ChangeChunk {seq: c.seq}) RETURN c.entries AS entries, count(k) AS chunks, sum(size(k.data)) AS bytes`,
      )
    ).records.map((r) => r.toObject());
    entry.changeSet = { entries: Number(stored.entries), chunks: Number(stored.chunks), bytes: Number(stored.bytes) };
    log(
      `bench: import ${size}: change set ${mb(entry.changeSet.bytes)} MB compressed, repeat ${entry.repeatSeconds} s`,
    );
    result.imports.push(entry);
    result.projection.push({ initiatives: size, ...projectionSize(root, env) });
    log(`bench: projection at ${size}: ${JSON.stringify(result.projection.at(-1))}`);
  }
}

/** The store's growth per small change (clean shutdowns around 500 edits), then the history queries. */
async function smallChanges(options, result) {
  const { root, env, token, basePort, generateDemoNetwork, wipe, driver, dataDir, restartDatabase } = options;
  const log = options.log ?? console.log;
  await wipe();
  let server = await startServer(root, env, basePort);
  try {
    let gql = client(server.url, token);
    await gql(IMPORT, { input: generateDemoNetwork({ initiatives: 10000 }) });
    const ids = (await gql('{ initiatives(first: 500) { edges { node { id } } } }')).initiatives.edges.map(
      (e) => e.node.id,
    );
    await server.stop();
    await restartDatabase();
    const before = storeBytes(dataDir);
    server = await startServer(root, env, basePort);
    gql = client(server.url, token);
    const edits = 500;
    const latencies = [];
    for (let i = 0; i < edits; i++) {
      const patch = `patch: { description: "edit ${i}" }`;
      latencies.push(
        await timed(() => gql(`mutation { updateInitiative(id: "${ids[i % ids.length]}", ${patch}) { id } }`)),
      );
    }
    await server.stop();
    await restartDatabase();
    const grown = storeBytes(dataDir) - before;
    server = await startServer(root, env, basePort);
    gql = client(server.url, token);
    const [payload] = (
      await driver.executeQuery(
        `MATCH (c:ChangeSet {operation: 'UPDATE_INITIATIVE'}) WITH c ORDER BY c.seq DESC LIMIT ${edits}
         MATCH (k:ChangeChunk {seq: c.seq})
         RETURN avg(size(k.data)) AS chunk, avg(size(c.summary) + size(c.counts) + size(c.who)) AS text`,
      )
    ).records.map((r) => r.toObject());
    result.storage = {
      edits,
      storeBytesPerChange: Math.round(grown / edits),
      chunkBytes: Math.round(payload.chunk),
      textBytes: Math.round(payload.text),
      editMedianMs: +median(latencies).toFixed(1),
    };
    log(`bench: ${edits} edits: ${JSON.stringify(result.storage)}`);
    const month = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
    for (const [name, query] of [
      ['changes(first: 50)', '{ changes(first: 50) { edges { node { seq at who operation summary } } } }'],
      [
        `initiative history (${ids[0]})`,
        `{ initiative(id: "${ids[0]}") { history { edges { node { seq summary } } } } }`,
      ],
      [
        'networkDiff, the last 30 days',
        `{ networkDiff(from: { at: "${month}" }) { changeSets initiatives { changed } isolatesAppeared { id } } }`,
      ],
    ]) {
      const measured = await coldWarm(() => gql(query), server.url);
      result.queries.push({ name, ...measured });
      log(`bench: ${name}: cold ${measured.coldMs} ms, warm median ${measured.warmMedianMs} ms`);
    }
  } finally {
    await server.stop();
  }
}

export function historyMarkdown(h) {
  return [
    '## The change log (history)',
    '',
    "Bulk importNetwork over GraphQL into the wiped database, with the change log (the default) and without it (a server with `CHANGE_LOG=false`), back to back after a warm-up through both, in rounds of alternating order, each import timed once both servers' background work on the network before it (the analytics and layouts recomputed after every write, database/warmer.ts) has ended; the faster run of each counts (every run is in results.json). Aim: with it, at least 85% of the throughput without it. A repeat import of the same rows changes nothing and writes nothing.",
    '',
    '| initiatives | rows | without: s | rows/s | with: s | rows/s | with / without | change set (compressed) | repeat import s |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...h.imports.map(
      (i) =>
        `| ${i.initiatives.toLocaleString('en')} | ${i.rows.toLocaleString('en')} | ${i.without.seconds} | ${i.without.rowsPerSecond.toLocaleString('en')} | ${i.with.seconds} | ${i.with.rowsPerSecond.toLocaleString('en')} | ${(i.ratio * 100).toFixed(1)}% | ${mb(i.changeSet.bytes)} MB in ${i.changeSet.chunks} chunks | ${i.repeatSeconds} |`,
    ),
    '',
    `One small change (${h.storage.edits} updateInitiative edits at the 10,000-initiative demo, store files measured after a checkpoint before and after): **${h.storage.storeBytesPerChange.toLocaleString('en')} bytes of store per change set** (its compressed entries ${h.storage.chunkBytes} bytes, its summary, counts and who ${h.storage.textBytes} bytes); an edit took ${h.storage.editMedianMs} ms at the median.`,
    '',
    'History queries at the 10,000-initiative demo after those edits. Cold: the first call (the server restarted, its work ahead running); warm: median of 7 more once that work is done (GET /health). Aim: changes(first: 50) warm under 50 ms.',
    '',
    '| query | cold ms | warm median ms |',
    '|---|---:|---:|',
    ...h.queries.map((q) => `| ${q.name} | ${q.coldMs} | ${q.warmMedianMs} |`),
    '',
    "The analytics projection in one server process's heap (what each process keeps per data version; measured in a fresh process with `--expose-gc`, retained heap after loading it through AnalyticsService):",
    '',
    '| initiatives | projection MB | load s |',
    '|---:|---:|---:|',
    ...h.projection.map((p) => `| ${p.initiatives.toLocaleString('en')} | ${p.heapMB} | ${p.loadSeconds} |`),
    '',
  ];
}
