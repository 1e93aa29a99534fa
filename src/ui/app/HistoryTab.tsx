import { useCallback } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import type { Flow } from '../../schema/flow';
import { RevisionsPanel } from '../library/RevisionsPanel';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { restoreRevision } from './restoreRevision';
import { useLibrary } from './useLibrary';

const selectFlowId = (s: EditorState) => s.flow.id;

/** The History bottom tab: the open flow's checkpoints and revisions; restoring is one undo step. */
export function HistoryTab() {
  const store = useEditorStore();
  const library = useLibrary();
  const flowId = useEditor(selectFlowId);
  const getCurrentFlow = useCallback(() => store.getState().flow, [store]);
  const onRestore = useCallback((flow: Flow) => void store.run(restoreRevision, { flow }), [store]);
  return <RevisionsPanel flowId={flowId} library={library} getCurrentFlow={getCurrentFlow} onRestore={onRestore} />;
}
