/**
 * Two projects: `unit` (no database) and `integration` (real Neo4j started once per run by the global setup,
 * HTTP and browser end-to-end tests included). Each jest worker has a Neo4j server of its own (see
 * tests/support/globalSetup.ts), so files that run at the same time never share a graph.
 */
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests start Neo4j servers and processes: generous, and bounded.
  testTimeout: 120000,
  testSequencer: '<rootDir>/tests/support/longestFirstSequencer.mjs',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      setupFiles: ['<rootDir>/tests/support/workerNeo4j.ts'],
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
};
