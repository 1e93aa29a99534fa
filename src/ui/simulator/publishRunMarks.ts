import type { EditorStore } from '../../editor/createEditorStore';
import { computeHighlights } from './computeHighlights';
import type { CanvasMarks } from './createCanvasMarks';
import type { SimulatorStore } from './createSimulatorStore';

const NO_BREAKPOINTS: ReadonlySet<string> = new Set();

/**
 * Keeps the canvas marks in step with the simulator: the run's path and active node, and the last
 * test run's coverage while the flow is still the one it ran on. It listens to the stores, not to a
 * tab, so the marks stay on the canvas whichever bottom tab is open.
 */
export function publishRunMarks(editor: EditorStore, simulator: SimulatorStore, marks: CanvasMarks): () => void {
  let last: unknown[] = [];
  const publish = () => {
    const { flow } = editor.getState();
    const { session, testRun } = simulator.getState();
    const coverage = testRun && testRun.flow === flow ? testRun.coverage : null;
    const key = [flow, session, coverage];
    if (key.every((k, i) => k === last[i])) return;
    last = key;
    if (!session && !coverage) return marks.setRun(null);
    const { breakpoints: _, ...run } = computeHighlights(flow, session, NO_BREAKPOINTS, coverage);
    marks.setRun(run);
  };
  publish();
  const offEditor = editor.subscribe(publish);
  const offSimulator = simulator.subscribe(publish);
  return () => {
    offEditor();
    offSimulator();
  };
}
