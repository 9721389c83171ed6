// One jest run for every tier: unit tests next to the server code, integration tests in tests/.
// ESM throughout (NestJS 12 is ESM), so jest runs with --experimental-vm-modules (scripts/test.mjs).
const tsJest = [
  'ts-jest',
  { useESM: true, tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: { warnOnly: false } },
];

// The client's pure graph code (client/src/graph) is tested here too, with the client's compiler options.
const tsJestClient = [
  'ts-jest',
  { useESM: true, tsconfig: '<rootDir>/client/tsconfig.spec.json', diagnostics: { warnOnly: false } },
];

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '/client/src/.+\\.ts$': tsJestClient, '^.+\\.ts$': tsJest },
  testMatch: ['<rootDir>/server/src/**/*.spec.ts', '<rootDir>/client/src/**/*.spec.ts', '<rootDir>/tests/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
