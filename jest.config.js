// Three test tiers as jest projects, run together by `npm test` or one at a time by
// `npm run test:unit` / `test:integration` / `test:e2e` (scripts/test.mjs passes --selectProjects):
// - unit: the server's and the client's code next to it (*.spec.ts, and the client's component tests
//   *.spec.tsx in jsdom), and tests/unit/ (the repository's own files: docker-compose.yml, scripts);
//   no database, no build;
// - integration: tests/integration/ against the real test Neo4j (GraphQL, HTTP, the built CLI,
//   EXPLAIN of every .cypher file);
// - reliability: tests/reliability/, attacks and faults against the built server run as a child
//   process, on a Neo4j of its own (port 7697) that the tests kill, freeze and restart;
// - e2e: tests/e2e/ in headless Chromium against the test server and the built client.
// Only the last two have the global setup that checks for the test database, and jest runs a
// project's global setup only when it runs tests of that project.
// ESM throughout (NestJS 12 is ESM), so jest runs with --experimental-vm-modules (scripts/test.mjs).
// ts-jest transpiles each file on its own (isolatedModules); the type checks are `npm run typecheck`
// and the builds'.
const rootDir = import.meta.dirname;
const tsJest = [
  'ts-jest',
  { useESM: true, tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: { warnOnly: false } },
];

/** What every tier shares: ESM TypeScript through ts-jest, `.js` import suffixes mapped to the sources. */
const common = {
  rootDir,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.tsx?$': tsJest },
};

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/server/src/**/*.spec.ts',
        '<rootDir>/client/src/**/*.spec.ts',
        // component tests: `@jest-environment ./tests/support/jsdom-environment.mjs`, Testing Library
        '<rootDir>/client/src/**/*.spec.tsx',
        '<rootDir>/tests/unit/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
    },
    {
      ...common,
      displayName: 'reliability',
      testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/reliability-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/reliability-teardown.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
    },
  ],
  // a hook or test that restarts Neo4j or starts a server process may take minutes on a busy
  // 2-core machine; a timeout is a hang detector here, not a speed check (speed is the bench's)
  testTimeout: 180000,
  maxWorkers: 2,
};
