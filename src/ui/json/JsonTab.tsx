import { useCallback } from 'react';
import { replaceFlow } from '../../editor/commands/replaceFlow';
import { applyFix } from '../../editor/fixes/applyFix';
import type { Diagnostic } from '../../rules/diagnostic';
import type { Flow } from '../../schema';
import { selectDiagnostics, selectFlow, selectSingleSelectedId } from '../store/selectors';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { jsonTabDirty } from './jsonTabDirty';
import { LazyJsonView } from './LazyJsonView';
import { useDocumentTheme } from './useDocumentTheme';

/**
 * The JSON bottom tab wired to the editor store: a text edit that parses is one undoable
 * "Edit JSON" step (replaceFlow); the cursor in a node selects it on the canvas.
 */
export function JsonTab() {
  const store = useEditorStore();
  const flow = useEditor(selectFlow);
  const diagnostics = useEditor(selectDiagnostics);
  const selectedNodeId = useEditor(selectSingleSelectedId);
  const theme = useDocumentTheme();
  const onApply = useCallback((next: Flow) => void store.run(replaceFlow, { flow: next }), [store]);
  const onSelectNode = useCallback((id: string) => store.setSelection({ nodeIds: [id], edgeIds: [] }), [store]);
  const onQuickFix = useCallback((diagnostic: Diagnostic, fixId: string) => void store.run(applyFix, { diagnostic, fixId }), [store]);
  return (
    <LazyJsonView
      flow={flow}
      diagnostics={diagnostics}
      selectedNodeId={selectedNodeId}
      onApply={onApply}
      onSelectNode={onSelectNode}
      onDirtyChange={jsonTabDirty.set}
      onQuickFix={onQuickFix}
      theme={theme}
    />
  );
}
