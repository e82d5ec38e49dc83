/**
 * Jest runs the TypeScript sources through ts-jest (per-file transpilation: isolatedModules in
 * tsconfig.json); type checking is `npm run typecheck`. One worker per core, slowest suites
 * first (tests/support/test-sequencer.js) so that the workers finish together.
 */
const os = require('node:os');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 30000,
  maxWorkers: os.availableParallelism(),
  testSequencer: '<rootDir>/tests/support/test-sequencer.js',
  // Beside the tsc and ESLint caches, not under os.tmpdir(): run-jest.js gives each run its
  // own scratch TMPDIR, which would throw the transforms and the last run's durations away.
  cacheDirectory: '<rootDir>/.cache/jest',
};
