#!/usr/bin/env node
// Starts, stops and reports the embedded Neo4j 5.26 community DBMS (tools/neo4j), the product's
// default database when Docker is not available. `node scripts/neo4j.mjs start|stop|status`;
// `where` prints the settings as JSON (with the pid of its data folder's database when it runs);
// `admin-import <home> <options…>` runs Neo4j's offline importer (`neo4j-admin database import
// full neo4j …`) into the database of the DBMS home <home> (`import --offline` does, see
// server/src/cli/offline-import.ts).
//
// Environment: NEO4J_PORT (Bolt port, default 7687), NEO4J_DATA_DIR (default .data/neo4j),
// NEO4J_HEAP (JVM heap, default 2g), NEO4J_PAGECACHE_MB (default 512), NEO4J_IMPORT_HEAP (the
// offline importer's heap, default 2g), NEO4J_START_TIMEOUT_S (default 180).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = path.join(root, 'tools', 'neo4j');

export function neo4jSettings(env = process.env) {
  const port = Number(env.NEO4J_PORT ?? 7687);
  const dataDir = path.resolve(root, env.NEO4J_DATA_DIR ?? '.data/neo4j');
  return {
    port,
    dataDir,
    heap: env.NEO4J_HEAP ?? '2g',
    pageCacheMiB: Number(env.NEO4J_PAGECACHE_MB ?? 512),
    timeoutS: Number(env.NEO4J_START_TIMEOUT_S ?? 180),
    pidFile: `${dataDir}.pid`,
    logFile: `${dataDir}.log`,
  };
}

function fail(message) {
  console.error(`neo4j: ${message}`);
  process.exit(1);
}

function hasCommand(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

export function portOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

function readPid(s) {
  if (!existsSync(s.pidFile)) return undefined;
  const pid = Number(readFileSync(s.pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

function buildLauncher() {
  const pom = path.join(toolDir, 'pom.xml');
  const src = path.join(toolDir, 'src', 'main', 'java', 'atlas', 'Neo4jLauncher.java');
  // written after each successful build (Maven leaves up-to-date classes untouched)
  const stamp = path.join(toolDir, 'target', 'built.stamp');
  const built =
    existsSync(path.join(toolDir, 'target', 'lib')) &&
    existsSync(stamp) &&
    statSync(stamp).mtimeMs >= Math.max(statSync(pom).mtimeMs, statSync(src).mtimeMs);
  if (built) return;
  console.log('neo4j: building the launcher with Maven (first run downloads Neo4j 5.26 from Maven Central)…');
  const r = spawnSync('mvn', ['-q', '-B', '-f', pom, 'package', '-DskipTests'], { stdio: 'inherit' });
  if (r.status !== 0) fail('the Maven build of tools/neo4j failed (see above)');
  writeFileSync(stamp, new Date().toISOString());
}

/** Starts the embedded Neo4j unless something already listens on its port. Resolves once ready. */
export async function startNeo4j(env = process.env) {
  const s = neo4jSettings(env);
  if (await portOpen(s.port)) {
    console.log(`neo4j: already running on bolt://127.0.0.1:${s.port}`);
    return { started: false, settings: s };
  }
  if (!hasCommand('java', ['-version']) || !hasCommand('mvn', ['-v'])) {
    fail(
      'Java 17+ and Maven are needed for the embedded database: install them (Debian: apt-get install openjdk-17-jdk-headless maven) or run `docker compose up`.',
    );
  }
  buildLauncher();
  mkdirSync(path.dirname(s.dataDir), { recursive: true });
  writeFileSync(s.logFile, '');
  const out = openSync(s.logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xms256m`,
      `-Xmx${s.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-Dlog4j2.disable.jmx=true',
      `-Datlas.neo4j.dir=${s.dataDir}`,
      `-Datlas.neo4j.port=${s.port}`,
      `-Datlas.neo4j.pagecache=${s.pageCacheMiB}`,
      '-cp',
      `${path.join(toolDir, 'target', 'classes')}${path.delimiter}${path.join(toolDir, 'target', 'lib', '*')}`,
      'atlas.Neo4jLauncher',
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  writeFileSync(s.pidFile, String(child.pid));
  child.unref();
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + s.timeoutS * 1000;
  while (Date.now() < deadline) {
    if (exited) fail(`the database process exited during start; its log is ${s.logFile}`);
    if (readFileSync(s.logFile, 'utf8').includes('neo4j: ready')) {
      console.log(
        `neo4j: ready on bolt://127.0.0.1:${s.port} (data in ${path.relative(root, s.dataDir)}, pid ${child.pid})`,
      );
      return { started: true, settings: s };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`not ready after ${s.timeoutS}s; its log is ${s.logFile}`);
}

/** Stops the embedded Neo4j started from this folder (SIGTERM, then SIGKILL after 60 s). */
export async function stopNeo4j(env = process.env) {
  const s = neo4jSettings(env);
  const pid = readPid(s);
  if (!pid) {
    console.log('neo4j: not running (no live pid file)');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(s.pidFile, { force: true });
      console.log('neo4j: stopped');
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  rmSync(s.pidFile, { force: true });
  console.log('neo4j: killed after 60 s without a clean shutdown');
}

/**
 * Runs Neo4j's offline importer (neo4j-admin database import full, from tools/neo4j's classpath)
 * into the `neo4j` database of the DBMS home `home` (a folder as NEO4J_DATA_DIR is), with a JVM
 * heap of NEO4J_IMPORT_HEAP (default 2g; it keeps its caches off the heap). Returns its exit
 * code; its progress goes to this process's output.
 */
export function adminImport(home, options, env = process.env) {
  buildLauncher();
  const conf = path.join(home, 'conf');
  mkdirSync(conf, { recursive: true });
  writeFileSync(path.join(conf, 'neo4j.conf'), '');
  const child = spawnSync(
    'java',
    [
      `-Xmx${env.NEO4J_IMPORT_HEAP ?? '2g'}`,
      '-XX:+UseG1GC',
      '-cp',
      path.join(toolDir, 'target', 'lib', '*'),
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      ...options,
    ],
    { stdio: 'inherit', env: { ...env, NEO4J_HOME: home, NEO4J_CONF: conf } },
  );
  return child.status ?? 1;
}

async function status() {
  const s = neo4jSettings();
  const pid = readPid(s);
  const open = await portOpen(s.port);
  console.log(`neo4j: ${open ? 'listening' : 'not listening'} on 127.0.0.1:${s.port}${pid ? `, pid ${pid}` : ''}`);
  process.exitCode = open ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'start') await startNeo4j();
  else if (command === 'stop') await stopNeo4j();
  else if (command === 'status') await status();
  else if (command === 'where') {
    const s = neo4jSettings();
    console.log(JSON.stringify({ ...s, pid: readPid(s) ?? null }));
  } else if (command === 'admin-import' && process.argv[3])
    process.exit(adminImport(process.argv[3], process.argv.slice(4)));
  else fail('usage: node scripts/neo4j.mjs start|stop|status|where|admin-import <home> <options…>');
}
