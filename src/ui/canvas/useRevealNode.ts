import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { indexFlow } from '../store/indexFlow';
import { useEditorStore } from '../store/useEditorStore';
import { nodeGeometry } from '../nodes/nodeGeometry';

/** Selects a node and centres the view on it (search, Problems, Outline). Returns false if missing. */
export function useRevealNode() {
  const store = useEditorStore();
  const rf = useReactFlow();
  return useCallback(
    (id: string) => {
      const flow = store.getState().flow;
      const node = indexFlow(flow).nodeById.get(id);
      if (!node) return false;
      store.setSelection({ nodeIds: [id], edgeIds: [] });
      const pos = flow.layout.nodes[id] ?? { x: 0, y: 0 };
      const { width, height } = nodeGeometry(node);
      void rf.setCenter(pos.x + width / 2, pos.y + height / 2, { zoom: Math.max(rf.getZoom(), 1), duration: 250 });
      return true;
    },
    [store, rf],
  );
}
