import { defineConfig } from 'vitest/config';

// Browser tests: run by `npm run test:e2e` (e2e/run.mjs builds the app first). One file at a time,
// since every file drives the same Chromium build and the machine has two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
