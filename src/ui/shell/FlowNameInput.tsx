import { useState } from 'react';
import { renameFlow } from '../../editor/commands/renameFlow';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { selectFlowName } from '../store/selectors';

/** The flow name, edited in place: committed on Enter or blur (one undo step), Escape reverts. */
export function FlowNameInput() {
  const store = useEditorStore();
  const name = useEditor(selectFlowName);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() !== name) store.run(renameFlow, { name: draft });
    setDraft(null);
  };
  return (
    <input
      className="flow-name"
      aria-label="Flow name"
      value={draft ?? name}
      size={Math.max(8, Math.min(40, (draft ?? name).length + 1))}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(null);
          requestAnimationFrame(() => (e.target as HTMLInputElement).blur());
        }
      }}
    />
  );
}
