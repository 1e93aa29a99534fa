import { useSyncExternalStore } from 'react';
import { useEditor } from '../store/useEditor';
import { useFlowNode } from '../store/useFlowNode';
import { useNodeTitle } from '../nodes/useNodeTitle';
import { selectSingleSelectedId } from '../store/selectors';
import { BREAKPOINT_KEY } from './attachCanvasMarks';
import { useCanvasMarks } from './useCanvasMarks';
import './nodeBreakpoint.css';

/**
 * The selected node's breakpoint, in the inspector where a designer looks at the node; the same
 * toggle as F9 and the Simulator's Breakpoint button. Mounted for the whole inspector, it also keeps
 * the simulator's marks on the canvas whichever bottom tab is open. Light on purpose: it is in the
 * initial bundle, the simulator is not.
 */
export function NodeBreakpoint() {
  const marks = useCanvasMarks();
  const breakpoints = useSyncExternalStore(marks.subscribe, () => marks.getState().breakpoints);
  const selected = useEditor(selectSingleSelectedId);
  const node = useFlowNode(selected);
  const name = useNodeTitle(selected, true);
  if (!node) return null;
  const on = breakpoints.has(node.id);
  return (
    <div className="node-bp">
      <button
        type="button"
        className="btn btn-sm node-bp-toggle"
        aria-pressed={on}
        aria-keyshortcuts={BREAKPOINT_KEY}
        title={`${on ? 'Remove the breakpoint' : 'Pause the simulator before'} ${name} (${BREAKPOINT_KEY})`}
        onClick={() => marks.toggleBreakpoint(node.id)}
      >
        <span className="node-bp-dot" aria-hidden="true" />
        Breakpoint on this node
      </button>
      <span className="node-bp-hint">{on ? 'The simulator pauses before this node.' : `Pause the simulator here (${BREAKPOINT_KEY}).`}</span>
    </div>
  );
}
