#!/usr/bin/env node
// `npm test`: starts the test Neo4j (its own port and data folder, so a running `npm start` is
// untouched), runs every jest test, prints "N passed, N failed" and exits non-zero on failure.
// Extra arguments go to jest (e.g. `npm test -- tests/integration/import.test.ts`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNeo4j, stopNeo4j } from './neo4j.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.TEST_NEO4J_PORT ?? '7688';
const neo4jEnv = {
  ...process.env,
  NEO4J_PORT: port,
  NEO4J_DATA_DIR: port === '7688' ? '.data/neo4j-test' : `.data/neo4j-test-${port}`,
  NEO4J_HEAP: process.env.NEO4J_HEAP ?? '2g',
};
const { started } = await startNeo4j(neo4jEnv);

const resultFile = path.join(root, '.data', 'jest-results.json');
mkdirSync(path.dirname(resultFile), { recursive: true });
const run = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--runInBand',
    '--json',
    `--outputFile=${resultFile}`,
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PORT: port, DATA_DIR: '.data/test' },
  },
);
if (started && !process.env.KEEP_TEST_NEO4J) await stopNeo4j(neo4jEnv);

let passed = 0;
let failed;
try {
  const results = JSON.parse(readFileSync(resultFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
} catch {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
