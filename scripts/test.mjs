#!/usr/bin/env node
// The test runner behind `npm test` and `npm run test:unit|test:integration|test:e2e`: runs jest
// (jest.config.js: the projects unit, integration and e2e), prints "N passed, N failed" and exits
// non-zero on failure.
//   node scripts/test.mjs [--tier unit|integration|reliability|e2e] [jest args]
// Without --tier every tier runs in one jest run. The integration and e2e tiers (and so a run of
// all) first start the test Neo4j: port TEST_NEO4J_PORT (default 7688), data in
// .data/neo4j-test[-<port>], so a running `npm start` is untouched; it is stopped afterwards unless
// KEEP_TEST_NEO4J is set. The unit tier needs no database and starts none.
// Extra arguments go to jest (e.g. `npm test -- tests/integration/import.test.ts`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNeo4j, stopNeo4j } from './neo4j.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TIERS = ['unit', 'integration', 'reliability', 'e2e'];

/** Splits `--tier X` / `--tier=X` off the arguments; the rest go to jest. */
function parseArgs(argv) {
  const jestArgs = [];
  let tier;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--tier') tier = argv[++i];
    else if (arg.startsWith('--tier=')) tier = arg.slice('--tier='.length);
    else jestArgs.push(arg);
  }
  if (tier !== undefined && !TIERS.includes(tier)) {
    console.error(`test: unknown tier '${tier}' (one of ${TIERS.join(', ')})`);
    process.exit(2);
  }
  return { tier, jestArgs };
}

const { tier, jestArgs } = parseArgs(process.argv.slice(2));
// the reliability tier starts a database of its own (tests/support/reliability-setup.ts)
const needsNeo4j = tier !== 'unit' && tier !== 'reliability';
const port = process.env.TEST_NEO4J_PORT ?? '7688';
const neo4jEnv = {
  ...process.env,
  NEO4J_PORT: port,
  NEO4J_DATA_DIR: port === '7688' ? '.data/neo4j-test' : `.data/neo4j-test-${port}`,
  NEO4J_HEAP: process.env.NEO4J_HEAP ?? '2g',
};
const { started } = needsNeo4j ? await startNeo4j(neo4jEnv) : { started: false };

const resultFile = path.join(root, '.data', `jest-results-${tier ?? 'all'}-${process.pid}.json`);
mkdirSync(path.dirname(resultFile), { recursive: true });
const run = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    // the unit tier runs in jest's workers (maxWorkers in jest.config.js); the tiers with the
    // database run one file at a time, as they always have
    ...(tier === 'unit' ? [] : ['--runInBand']),
    '--json',
    `--outputFile=${resultFile}`,
    ...jestArgs,
    // last: --selectProjects takes every value that follows it
    ...(tier ? ['--selectProjects', tier] : []),
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
rmSync(resultFile, { force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
