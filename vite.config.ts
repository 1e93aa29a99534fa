import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { benchEntry } from './bench/benchEntry.ts';
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts';
import { slimPhoneMetadata } from './build/slimPhoneMetadata.ts';
import { stripRuleTextsPlugin } from './build/stripRuleTexts.ts';

export default defineConfig(({ mode }) => ({
  // `--mode bench` (npm run bench): index.html starts src/ui/bench/main.tsx, which opens `?bench=N`.
  // slimPhoneMetadata: the E.164 check ships without libphonenumber's display formats (issue 7).
  // contentSecurityPolicy: no inline script, no eval, nothing off the app's origin (issue 11).
  // stripRuleTextsPlugin: the rule summaries and sources, which only the CLI and docs show (issue 15).
  plugins: [react(), slimPhoneMetadata(), stripRuleTextsPlugin(), contentSecurityPolicy(), ...(mode === 'bench' ? [benchEntry()] : [])],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // Everything the first screen imports statically goes in one chunk: split into the shared
    // pieces rolldown makes for the lazy chunks, the same code was 6 KB gzip larger (issue 15).
    // Not in bench mode: there the entry awaits import('src/main.tsx') at its top level, and the app
    // chunk importing the entry's group back would wait on it forever (a top-level-await cycle).
    ...(mode === 'bench' ? {} : { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial' as const] }] } } } }),
  },
  worker: { format: 'es' },
}));
