import type { EditorState } from '../../editor/createEditorStore';
import { useEditor } from '../store/useEditor';
import { useFlowNode } from '../store/useFlowNode';
import { selectSingleSelectedId } from '../store/selectors';
import { FlowSettingsInspector } from './FlowSettingsInspector';
import { NodeInspector } from './NodeInspector';
import { NodeBreakpoint } from '../simulator/NodeBreakpoint';
import './inspector.css';

const selectCount = (s: EditorState) => s.selection.nodeIds.length + s.selection.edgeIds.length;

/** Right panel: the selected node's form, a summary for several, or the flow settings. */
export function Inspector() {
  const id = useEditor(selectSingleSelectedId);
  const count = useEditor(selectCount);
  const node = useFlowNode(id);
  return (
    <aside className="inspector" aria-label="Inspector">
      <NodeBreakpoint />
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : count > 0 ? (
        <div className="inspector-multi">
          <h2 className="inspector-title">{count} items selected</h2>
          <p className="inspector-desc">Press Delete to remove them, {navigator.platform.includes('Mac') ? '⌘' : 'Ctrl+'}D to duplicate, or select one item to edit it.</p>
        </div>
      ) : (
        <FlowSettingsInspector />
      )}
    </aside>
  );
}
