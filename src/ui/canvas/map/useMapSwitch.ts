import { useEffect, useRef } from 'react';
import { useStoreApi, type Edge } from '@xyflow/react';
import { COMPACT_ZOOM } from '../../nodes/useCompactNodes';
import type { CanvasNode } from '../toReactFlow';
import { toMapNodes } from './toMapNodes';

/**
 * Hides React Flow's nodes and edges in the very store update that takes the zoom below
 * COMPACT_ZOOM (and shows them again in the one that takes it above), instead of one render later
 * through the `nodes` prop: otherwise React Flow renders that frame with the new zoom and the old
 * nodes, and fitting a 3,000-node flow mounts all 3,000 nodes and their edges only to drop them.
 * The props then catch up with the same (cached) objects.
 */
export function useMapSwitch(enabled: boolean, nodes: CanvasNode[], edges: Edge[]) {
  const api = useStoreApi();
  const current = useRef({ enabled, nodes, edges });
  current.current = { enabled, nodes, edges };
  useEffect(
    () =>
      api.subscribe((state, previous) => {
        const below = state.transform[2] < COMPACT_ZOOM;
        if (below === previous.transform[2] < COMPACT_ZOOM || !current.current.enabled) return;
        const { setNodes, setEdges } = api.getState();
        setNodes(below ? toMapNodes(current.current.nodes) : current.current.nodes);
        setEdges(below ? [] : current.current.edges);
      }),
    [api],
  );
}
