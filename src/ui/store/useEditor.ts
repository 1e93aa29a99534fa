import { useCallback, useSyncExternalStore } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import { useEditorStore } from './useEditorStore';

/**
 * Subscribes to a slice of the editor state. Keep selectors at module scope (or memoised) and
 * return stable references (a node object, a number) so unrelated changes do not re-render.
 */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  const store = useEditorStore();
  const get = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, get, get);
}
