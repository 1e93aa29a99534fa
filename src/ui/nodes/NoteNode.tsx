import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { updateNodeData } from '../../editor/commands/updateNodeData';
import { useFlowNode } from '../store/useFlowNode';
import { useFieldGesture } from '../store/useFieldGesture';
import './nodes.css';

/** A sticky note: the runtime ignores it; its text is edited in place (one undo step per edit). */
export const NoteNode = memo(function NoteNode({ id, selected }: NodeProps) {
  const node = useFlowNode(id);
  const field = useFieldGesture();
  if (!node || node.type !== 'note') return null;
  return (
    <div className={`note-node note-${node.data.color}${selected ? ' is-selected' : ''}`}>
      <div className="note-drag" aria-hidden="true">
        <span>Note</span>
      </div>
      <textarea
        className="note-text nodrag nowheel"
        aria-label={`Note text${node.title ? ` (${node.title})` : ''}`}
        placeholder="Write a note…"
        value={node.data.text}
        onFocus={field.onFocus}
        onBlur={field.onBlur}
        onChange={(e) => field.run(updateNodeData, { id, data: { text: e.target.value } })}
      />
    </div>
  );
});
