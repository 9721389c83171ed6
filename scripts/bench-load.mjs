#!/usr/bin/env node
// The load section of `npm run bench` (alone: `npm run bench:load`): the built server on the
// demo network (300 initiatives, as `npm start` seeds it) on a Neo4j of its own (port
// BENCH_LOAD_NEO4J_PORT, default 7698, data wiped first), loaded with autocannon on loopback for
// BENCH_LOAD_SECONDS (default 10) per run: requests per second and latency p50/p99 at 10 and 50
// connections for networkStats, one cascade, isolatedInitiatives and /health, and the server's
// resident memory before and after. Writes the "Load" part of bench/results.md and
// bench/results.json (the rest of both files is left as it is).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNeo4j, stopNeo4j } from './neo4j.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.BENCH_LOAD_NEO4J_PORT ?? '7698';
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const serverPort = Number(process.env.BENCH_LOAD_PORT ?? 4098);
const dbEnv = {
  ...process.env,
  NEO4J_PORT: port,
  NEO4J_DATA_DIR: '.data/neo4j-bench-load',
  NEO4J_HEAP: process.env.NEO4J_HEAP ?? '1g',
  NEO4J_PAGECACHE_MB: '256',
};
const url = `http://127.0.0.1:${serverPort}`;

/** Resident memory of a process in MB (Linux). */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? NaN) / 1024);
}

/** CPU time the process has used so far, ms (user + system, Linux). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}

async function startServer() {
  const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      PORT: String(serverPort),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      DATA_DIR: '.data/bench-load',
      API_TOKENS: 'editor:bench-load-editor-token',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    if (i > 480) throw new Error('bench-load: the server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function gql(query) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}

/**
 * One autocannon run, bounded in time; the figures that go in the table. The server's CPU time
 * per request does not depend on what else runs on the machine, unlike req/s and latency.
 */
async function load(pid, name, connections, request) {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url: `${url}${request.path}`,
    method: request.method,
    headers: request.body ? { 'content-type': 'application/json' } : {},
    body: request.body,
    connections,
    duration: seconds,
  });
  const entry = {
    name,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    serverCpuMsPerRequest: +((cpuMs(pid) - cpuBefore) / Math.max(result.requests.total, 1)).toFixed(2),
  };
  console.log(
    `bench-load: ${name} at ${connections}: ${entry.requestsPerSecond} req/s, p50 ${entry.p50Ms} ms, p99 ${entry.p99Ms} ms, ${entry.errors} errors, server CPU ${entry.serverCpuMsPerRequest} ms/request`,
  );
  return entry;
}

/** Runs the load section and returns its figures. */
export async function benchLoad() {
  await stopNeo4j(dbEnv);
  rmSync(path.join(root, '.data/neo4j-bench-load'), { recursive: true, force: true });
  await startNeo4j(dbEnv);
  const server = await startServer();
  try {
    const largest = (await gql('{ cascades(sortBy: SIZE, first: 1) { root { id } size } }')).cascades[0];
    const post = (query) => ({ method: 'POST', path: '/graphql', body: JSON.stringify({ query }) });
    const targets = [
      ['networkStats', post('{ networkStats { initiatives components isolatedInitiatives } }')],
      [
        `cascade (largest, ${largest.size} initiatives)`,
        post(`{ cascade(rootId: "${largest.root.id}") { size depth structuralVirality } }`),
      ],
      [
        'isolatedInitiatives',
        post('{ isolatedInitiatives { initiative { id } suggestions { initiative { id } score } } }'),
      ],
      ['/health', { method: 'GET', path: '/health' }],
    ];
    // warm: every answer computed once and cached, as in a running product
    for (const [, request] of targets) if (request.body) await gql(JSON.parse(request.body).query);
    const rssBefore = rssMb(server.pid);
    const loadAverage = os.loadavg()[0];
    const runs = [];
    for (const connections of [10, 50]) {
      for (const [name, request] of targets) runs.push(await load(server.pid, name, connections, request));
    }
    const rssAfter = rssMb(server.pid);
    console.log(`bench-load: server RSS ${rssBefore} MB before, ${rssAfter} MB after`);
    // the machine's load (1-minute average) when the runs started: other work on the same cores
    return { seconds, rssBeforeMb: rssBefore, rssAfterMb: rssAfter, loadAverage: +loadAverage.toFixed(1), runs };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await stopNeo4j(dbEnv);
  }
}

/** The Markdown of the load section. */
export function loadMarkdown(figures) {
  const health10 = figures.runs.find((r) => r.name === '/health' && r.connections === 10);
  return [
    '## Load: the demo network (300 initiatives) under concurrent requests',
    '',
    `autocannon on loopback, ${figures.seconds} s per run, answers cached (as after the first request); the server's resident memory ${figures.rssBeforeMb} MB before and ${figures.rssAfterMb} MB after all runs; load average ${figures.loadAverage} on ${os.cpus().length} cores when the runs started (autocannon, Neo4j and anything else on the machine share them). Aim: cached analytics at least half the req/s of /health, p99 under 250 ms at 50 connections. Before the hardening (issue 9, same 2 cores): 397 / 282 / 194 / 700 req/s at 10 connections for networkStats / cascade / isolatedInitiatives / /health, isolatedInitiatives p99 981 ms at 50.`,
    '',
    'The last column, the CPU time the server spent per request, does not depend on the rest of the machine; req/s and latencies do.',
    '',
    '| request | connections | req/s | share of /health (10) | p50 ms | p99 ms | errors | server CPU ms/request |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...figures.runs.map(
      (r) =>
        `| ${r.name} | ${r.connections} | ${r.requestsPerSecond.toLocaleString('en')} | ${health10 ? `${Math.round((100 * r.requestsPerSecond) / health10.requestsPerSecond)} %` : ''} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.serverCpuMsPerRequest} |`,
    ),
    '',
  ];
}

/** Puts the load section into bench/results.md and bench/results.json, replacing an older one. */
export function writeLoadResults(figures) {
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const json = path.join(root, 'bench/results.json');
  const previous = existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : {};
  writeFileSync(
    json,
    `${JSON.stringify({ ...previous, load: { when: new Date().toISOString(), machine, ...figures } }, null, 2)}\n`,
  );
  const md = path.join(root, 'bench/results.md');
  const text = existsSync(md) ? readFileSync(md, 'utf8') : '# Benchmark results\n';
  const start = text.indexOf('## Load:');
  const next = start < 0 ? -1 : text.indexOf('\n## ', start + 1);
  const before = start < 0 ? text.trimEnd() : text.slice(0, start).trimEnd();
  const after = next < 0 ? '' : text.slice(next + 1);
  writeFileSync(md, `${[before, '', ...loadMarkdown(figures), after].join('\n').trimEnd()}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await benchLoad();
  writeLoadResults(figures);
  console.log(loadMarkdown(figures).join('\n'));
}
