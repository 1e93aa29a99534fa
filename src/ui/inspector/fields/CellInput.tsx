import { updateNodeData, type UpdateNodeDataArgs } from '../../../editor/commands/updateNodeData';
import { useFieldGesture } from '../../store/useFieldGesture';

/** One text cell of a key/value table bound to the node's data; typing in it is one undo step per focus. */
export function CellInput({ id, label, value, args }: { id: string; label: string; value: string; args(v: string): UpdateNodeDataArgs }) {
  const gesture = useFieldGesture();
  return <input id={id} className="input mono" aria-label={label} value={value} spellCheck={false} onFocus={gesture.onFocus} onBlur={gesture.onBlur} onChange={(e) => gesture.run(updateNodeData, args(e.target.value))} />;
}
