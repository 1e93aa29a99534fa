import { useEffect, useMemo } from 'react';
import { isTypingTarget } from '../canvas/isTypingTarget';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { selectFlow } from '../store/selectors';
import { computeHighlights } from './computeHighlights';
import { highlightCss } from './highlightCss';
import { selectBreakpoints, selectSession, selectTestRun } from './selectors';
import { useSimulator } from './useSimulator';
import { useSimulatorStore } from './useSimulatorStore';

/** The debugger's key, as in most IDEs: toggles a breakpoint on the selected node. */
export const BREAKPOINT_KEY = 'F9';

/**
 * Draws the run on the canvas (active node, path taken, breakpoints, uncovered nodes and ports)
 * and binds F9. Renders only a <style>; mount it once wherever the canvas is visible.
 */
export function SimulatorOverlay() {
  const editor = useEditorStore();
  const simulator = useSimulatorStore();
  const flow = useEditor(selectFlow);
  const session = useSimulator(selectSession);
  const breakpoints = useSimulator(selectBreakpoints);
  const testRun = useSimulator(selectTestRun);
  const coverage = testRun && testRun.flow === flow ? testRun.coverage : null;
  const css = useMemo(() => highlightCss(computeHighlights(flow, session, breakpoints, coverage)), [flow, session, breakpoints, coverage]);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== BREAKPOINT_KEY || e.defaultPrevented || isTypingTarget(e.target)) return;
      const { nodeIds } = editor.getState().selection;
      if (nodeIds.length !== 1) return;
      e.preventDefault();
      simulator.toggleBreakpoint(nodeIds[0]);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor, simulator]);

  return css ? <style data-simulator-highlights="">{css}</style> : null;
}
