import { startBench } from './startBench';

/**
 * The page entry in bench mode only: vite.config.ts points index.html here when built with
 * `--mode bench` (bench/run.mjs). With `?bench=N` it opens the generated flow; without, it starts
 * the app as usual. Production builds never reference this file.
 */
if (import.meta.env.MODE !== 'bench' || !startBench(document.getElementById('root')!)) {
  await import('../../main');
}
