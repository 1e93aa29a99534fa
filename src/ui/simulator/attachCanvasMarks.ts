import type { EditorStore } from '../../editor/createEditorStore';
import { isTypingTarget } from '../canvas/isTypingTarget';
import type { CanvasMarks } from './createCanvasMarks';
import { highlightCss } from './highlightCss';

/** The debugger's key, as in most IDEs: toggles a breakpoint on the selected node. */
export const BREAKPOINT_KEY = 'F9';

const attached = new Map<CanvasMarks, { count: number; detach: () => void }>();

function install(editor: EditorStore, marks: CanvasMarks): () => void {
  const style = document.createElement('style');
  style.dataset.simulatorHighlights = '';
  document.head.append(style);
  let nodes: unknown = null;
  let marksState: unknown = null;
  const render = () => {
    const { flow } = editor.getState();
    const state = marks.getState();
    if (flow.nodes === nodes && state === marksState) return;
    nodes = flow.nodes;
    marksState = state;
    const breakpoints = flow.nodes.filter((n) => state.breakpoints.has(n.id)).map((n) => n.id);
    const run = state.run ?? { active: null, halted: null, pathNodes: [], pathEdges: [], uncoveredNodes: [], uncoveredPorts: [] };
    style.textContent = highlightCss({ ...run, breakpoints });
  };
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== BREAKPOINT_KEY || e.defaultPrevented || isTypingTarget(e.target)) return;
    const { nodeIds, edgeIds } = editor.getState().selection;
    if (nodeIds.length !== 1 || edgeIds.length !== 0) return;
    e.preventDefault();
    marks.toggleBreakpoint(nodeIds[0]);
  }
  render();
  const offMarks = marks.subscribe(render);
  const offEditor = editor.subscribe(render);
  window.addEventListener('keydown', onKeyDown);
  return () => {
    offMarks();
    offEditor();
    window.removeEventListener('keydown', onKeyDown);
    style.remove();
  };
}

/**
 * Draws the canvas marks as one style sheet and binds F9, for as long as anything holds them:
 * the inspector (always there) and the Simulator and Tests tabs (which may be open while the
 * inspector is collapsed). Counted, so two holders never draw twice or toggle a breakpoint twice.
 */
export function attachCanvasMarks(editor: EditorStore, marks: CanvasMarks): () => void {
  let entry = attached.get(marks);
  if (!entry) attached.set(marks, (entry = { count: 0, detach: install(editor, marks) }));
  entry.count += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const current = attached.get(marks);
    if (!current || (current.count -= 1) > 0) return;
    attached.delete(marks);
    current.detach();
  };
}
