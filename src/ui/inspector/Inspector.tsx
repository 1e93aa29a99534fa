import { Suspense, useEffect } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import { whenIdle } from '../shell/lazyComponent';
import { useEditor } from '../store/useEditor';
import { useFlowNode } from '../store/useFlowNode';
import { selectSingleSelectedId } from '../store/selectors';
import { FlowSettingsInspector } from './FlowSettingsInspector';
import { NodeInspector, preloadNodeInspector } from './lazyNodeInspector';
import { NodeBreakpoint } from '../simulator/NodeBreakpoint';
import './inspector.css';

const selectCount = (s: EditorState) => s.selection.nodeIds.length + s.selection.edgeIds.length;

/** Right panel: the selected node's form, a summary for several, or the flow settings. */
export function Inspector() {
  const id = useEditor(selectSingleSelectedId);
  const count = useEditor(selectCount);
  const node = useFlowNode(id);
  // The node forms load after the first paint, when the browser is idle, so a click on a node
  // finds them ready.
  useEffect(() => whenIdle(() => void preloadNodeInspector()), []);
  return (
    <aside className="inspector" aria-label="Inspector">
      <NodeBreakpoint />
      {node ? (
        <Suspense
          fallback={
            <p role="status" aria-busy="true" className="panel-empty">
              Loading the node's settings…
            </p>
          }
        >
          <NodeInspector key={node.id} node={node} />
        </Suspense>
      ) : count > 0 ? (
        <div className="inspector-multi">
          <h2 className="inspector-title">{count === 1 ? '1 item' : `${count} items`} selected</h2>
          <p className="inspector-desc">Press Delete to remove them, {navigator.platform.includes('Mac') ? '⌘' : 'Ctrl+'}D to duplicate, or select one item to edit it.</p>
        </div>
      ) : (
        <FlowSettingsInspector />
      )}
    </aside>
  );
}
