import type { EditorState } from '../../editor/createEditorStore';

// Module-scope selectors: a stable function identity keeps useSyncExternalStore from resubscribing.
export const selectFlow = (s: EditorState) => s.flow;
export const selectSelection = (s: EditorState) => s.selection;
export const selectDiagnostics = (s: EditorState) => s.diagnostics;
export const selectNotice = (s: EditorState) => s.notice;
export const selectFlowName = (s: EditorState) => s.flow.name;
export const selectSingleSelectedId = (s: EditorState) => (s.selection.nodeIds.length === 1 && s.selection.edgeIds.length === 0 ? s.selection.nodeIds[0] : null);
