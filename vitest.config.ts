import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Core folders (schema, rules, runtime, editor, cli) run in node, as in production;
// UI and storage tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
// Two workers: vitest's default is one fewer than the cores, so on CI's 2 cores it ran one file at
// a time while the server suites mostly wait on PostgreSQL, child processes and timers. With two
// files sharing the cores, a jsdom test gets 15 s (not 5) before it counts as hung.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 15_000,
  },
});
