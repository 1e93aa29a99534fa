import type { Plugin } from 'vite';

const APP_ENTRY = '/src/main.tsx';
const BENCH_ENTRY = '/src/ui/bench/main.tsx';

/**
 * For `vite build --mode bench` only: index.html loads the bench entry (src/ui/bench/main.tsx),
 * which opens `?bench=N` flows and otherwise starts the app's own entry. The app's start-up code
 * stays untouched and production builds never see the bench files.
 */
export function benchEntry(): Plugin {
  return {
    name: 'baton-bench-entry',
    // 'pre': rewrite the source HTML, before Vite resolves and bundles its scripts.
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(APP_ENTRY)) throw new Error(`bench mode: index.html no longer loads ${APP_ENTRY}; update bench/benchEntry.ts`);
        return html.replace(APP_ENTRY, BENCH_ENTRY);
      },
    },
  };
}
