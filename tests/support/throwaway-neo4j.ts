import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * The reliability tier's own Neo4j, apart from the test database: the tests kill it, hang it and
 * restart it. Port RELIABILITY_NEO4J_PORT (default 7697), data in .data/neo4j-reliability-<port>;
 * started by the tier's global setup and stopped by its teardown (scripts/neo4j.mjs does the work).
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const RELIABILITY_NEO4J_PORT = Number(process.env.RELIABILITY_NEO4J_PORT ?? 7697);
export const RELIABILITY_NEO4J_URI = `bolt://127.0.0.1:${RELIABILITY_NEO4J_PORT}`;
const DATA_DIR = `.data/neo4j-reliability-${RELIABILITY_NEO4J_PORT}`;
const ENV = {
  ...process.env,
  NEO4J_PORT: String(RELIABILITY_NEO4J_PORT),
  NEO4J_DATA_DIR: DATA_DIR,
  NEO4J_HEAP: process.env.RELIABILITY_NEO4J_HEAP ?? '1g',
  NEO4J_PAGECACHE_MB: '128',
};

function script(command: 'start' | 'stop'): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'neo4j.mjs'), command], {
    cwd: ROOT,
    env: ENV,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`neo4j ${command} failed: ${run.stderr}${run.stdout}`);
}

export function startThrowawayNeo4j(): void {
  script('start');
}

export function stopThrowawayNeo4j(): void {
  script('stop');
}

/** The database's process id (from its pid file). */
export function neo4jPid(): number {
  const file = path.join(ROOT, `${DATA_DIR}.pid`);
  if (!existsSync(file)) throw new Error(`no pid file ${file}: is the reliability database running?`);
  return Number(readFileSync(file, 'utf8').trim());
}

/** Kills the database at once (SIGKILL, no clean shutdown), and waits until it is gone. */
export async function killNeo4j(): Promise<void> {
  const pid = neo4jPid();
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the database process ${pid} did not die`);
}

/** Freezes (SIGSTOP) or thaws (SIGCONT) the database: it holds its connections but answers nothing. */
export function freezeNeo4j(frozen: boolean): void {
  process.kill(neo4jPid(), frozen ? 'SIGSTOP' : 'SIGCONT');
}

export function neo4jListening(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: RELIABILITY_NEO4J_PORT });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
