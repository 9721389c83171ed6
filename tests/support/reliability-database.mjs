// The reliability tier's own Neo4j (port RELIABILITY_NEO4J_PORT, default 7697; data in
// .data/neo4j-reliability-<port>): started by the tier's global setup, stopped by its teardown
// unless KEEP_TEST_NEO4J is set. Plain JavaScript: jest loads global setup files without its
// TypeScript module mapping. tests/support/throwaway-neo4j.ts gives the tests the same settings.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const port = process.env.RELIABILITY_NEO4J_PORT ?? '7697';

export function neo4jScript(command) {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'neo4j.mjs'), command], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      NEO4J_PORT: port,
      NEO4J_DATA_DIR: `.data/neo4j-reliability-${port}`,
      NEO4J_HEAP: process.env.RELIABILITY_NEO4J_HEAP ?? '1g',
      NEO4J_PAGECACHE_MB: '128',
    },
  });
  if (run.status !== 0) throw new Error(`neo4j ${command} failed: ${run.stderr}${run.stdout}`);
}

export async function setup() {
  neo4jScript('start');
}

export async function teardown() {
  if (!process.env.KEEP_TEST_NEO4J) neo4jScript('stop');
}
