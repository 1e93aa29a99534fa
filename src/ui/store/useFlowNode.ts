import { useCallback } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import type { FlowNode } from '../../schema';
import { indexFlow } from './indexFlow';
import { useEditor } from './useEditor';

/** One node of the document by id; re-renders only when that node object changes. */
export function useFlowNode(id: string | null | undefined): FlowNode | undefined {
  const select = useCallback((s: EditorState) => (id ? indexFlow(s.flow).nodeById.get(id) : undefined), [id]);
  return useEditor(select);
}
