import { useCallback } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import { nameNode, titleNode } from '../../schema';
import { indexFlow } from '../store/indexFlow';
import { useEditor } from '../store/useEditor';

/**
 * A node's name as titleNode gives it ("Pause 1.5 s", "Handover 2"), or as a sentence names it
 * (`Handover "Call sales"`) with `sentence`. Selects a string, so a node re-renders only when its own
 * name changes, not on every edit of the flow.
 */
export function useNodeTitle(id: string | null | undefined, sentence = false): string | undefined {
  const select = useCallback(
    (s: EditorState) => {
      const node = id ? indexFlow(s.flow).nodeById.get(id) : undefined;
      return node ? (sentence ? nameNode : titleNode)(node, s.flow) : undefined;
    },
    [id, sentence],
  );
  return useEditor(select);
}
