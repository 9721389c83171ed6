// One jest run for every tier: unit tests next to the server and client code, component tests of the
// client (*.spec.tsx, jsdom), integration and browser tests in tests/.
// ESM throughout (NestJS 12 is ESM), so jest runs with --experimental-vm-modules (scripts/test.mjs).
// One ts-jest configuration for all: ts-jest keeps one config set per jest config, so a second
// transform entry with another tsconfig would be silently ignored. It transpiles each file on its
// own (isolatedModules); the type checks are the builds' (`npm run build` runs tsc for both sides).
const tsJest = [
  'ts-jest',
  { useESM: true, tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: { warnOnly: false } },
];

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.tsx?$': tsJest },
  testMatch: [
    '<rootDir>/server/src/**/*.spec.ts',
    '<rootDir>/client/src/**/*.spec.ts',
    // component tests: `@jest-environment ./tests/support/jsdom-environment.mjs`, Testing Library
    '<rootDir>/client/src/**/*.spec.tsx',
    '<rootDir>/tests/**/*.test.ts',
  ],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
