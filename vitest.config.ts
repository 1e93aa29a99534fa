import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Core folders (schema, rules, runtime, editor, cli) run in node, as in production;
// UI and storage tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    pool: 'threads',
  },
});
