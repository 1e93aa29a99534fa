import { useCallback, useMemo } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import type { Diagnostic } from '../../rules/diagnostic';
import { useEditor } from './useEditor';
import { useEditorStore } from './useEditorStore';

const NONE: readonly Diagnostic[] = [];

/**
 * The diagnostics on one node. Subscribes to a content key, so a re-validation that finds the same
 * problems (every keystroke elsewhere) does not re-render the node.
 */
export function useNodeDiagnostics(id: string): readonly Diagnostic[] {
  const store = useEditorStore();
  const keyOf = useCallback(
    (s: EditorState) => (s.diagnosticsByNode.get(id) ?? NONE).map((d) => `${d.severity}|${d.code}|${d.path ?? ''}|${d.message}`).join('\n'),
    [id],
  );
  const key = useEditor(keyOf);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the change signal
  return useMemo(() => store.getState().diagnosticsByNode.get(id) ?? NONE, [store, id, key]);
}
