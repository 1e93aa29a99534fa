import { useCallback } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import { indexFlow } from './indexFlow';
import { useEditor } from './useEditor';

const cache = new Map<string, ReadonlySet<string>>();

/** The output ports of a node that have an edge; stable while that set does not change. */
export function useConnectedPorts(id: string): ReadonlySet<string> | undefined {
  const select = useCallback((s: EditorState) => [...(indexFlow(s.flow).connectedPorts.get(id) ?? [])].sort().join(' '), [id]);
  const key = useEditor(select);
  if (!key) return undefined;
  let set = cache.get(key);
  if (!set) {
    set = new Set(key.split(' '));
    if (cache.size > 500) cache.clear();
    cache.set(key, set);
  }
  return set;
}
