import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The bare React Flow page, built into dist-bench/bare/ and served beside the app's bench build
// (bench/run.mjs): `vite build --config bench/bare/vite.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bare/',
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench/bare', import.meta.url)),
    emptyOutDir: true,
  },
});
