import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../App';
import { createEditorStore } from '../../editor/createEditorStore';
import { BenchProbe } from './BenchProbe';
import { generateFlow } from './generateFlow';
import { readBenchSize } from './readBenchSize';

/**
 * Bench mode (`vite build --mode bench`, driven by bench/run.mjs): with `?bench=N` in the URL,
 * renders the editor on an in-memory, never saved flow of N generated nodes and returns true;
 * otherwise returns false and the app starts as usual. main.tsx imports this only when
 * import.meta.env.MODE === 'bench', so production builds do not contain it.
 */
export function startBench(container: HTMLElement): boolean {
  const n = readBenchSize(window.location.search);
  if (n === null) return false;
  const store = createEditorStore(generateFlow(n));
  createRoot(container).render(
    <StrictMode>
      <App store={store} headerLeading={<BenchProbe nodes={n} />} />
    </StrictMode>,
  );
  return true;
}
