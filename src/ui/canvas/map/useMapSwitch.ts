import { useEffect, useRef } from 'react';
import { useStoreApi, type Edge } from '@xyflow/react';
import { COMPACT_ZOOM } from '../../nodes/useCompactNodes';
import type { CanvasNode } from '../toReactFlow';
import { toMapNodes } from './toMapNodes';

/** The nodes React Flow has on screen now (mounted wrappers), by id. */
function mountedNodeIds(root: HTMLElement | null): Set<string> {
  const ids = new Set<string>();
  root?.querySelectorAll<HTMLElement>('.react-flow__node[data-id]').forEach((el) => ids.add(el.dataset.id!));
  return ids;
}

/**
 * Hides React Flow's nodes and edges in the very store update that takes the zoom below
 * COMPACT_ZOOM (and shows them again in the one that takes it above), instead of one render later
 * through the `nodes` prop: otherwise React Flow renders that frame with the new zoom and the old
 * nodes, and fitting a 3,000-node flow mounts all 3,000 nodes and their edges only to drop them.
 * The props then catch up with the same (cached) objects.
 *
 * Going down, the nodes on screen stay in React Flow's store for that one render, marked hidden:
 * each mounted node wrapper reads its node from the store on every store update until it
 * unmounts, and one whose node is gone throws (React catches it; at a few hundred wrappers the
 * exceptions were a sizeable part of the switch). Hidden, they unmount cleanly, and the `nodes`
 * prop (the frame alone) then drops them.
 */
export function useMapSwitch(enabled: boolean, nodes: CanvasNode[], edges: Edge[]) {
  const api = useStoreApi();
  const current = useRef({ enabled, nodes, edges });
  current.current = { enabled, nodes, edges };
  // The frame node over a new document's nodes, worked out while the browser is idle rather than
  // in the frame that switches to the map.
  useEffect(() => {
    if (!enabled || typeof window.requestIdleCallback !== 'function') return;
    const handle = window.requestIdleCallback(() => toMapNodes(nodes));
    return () => window.cancelIdleCallback(handle);
  }, [enabled, nodes]);
  useEffect(
    () =>
      api.subscribe((state, previous) => {
        const below = state.transform[2] < COMPACT_ZOOM;
        if (below === previous.transform[2] < COMPACT_ZOOM || !current.current.enabled) return;
        const { setNodes, setEdges, domNode } = api.getState();
        if (below) {
          const mounted = mountedNodeIds(domNode);
          const leaving = current.current.nodes.filter((node) => mounted.has(node.id)).map((node) => ({ ...node, hidden: true }));
          setEdges([]);
          setNodes(leaving.length ? [...toMapNodes(current.current.nodes), ...leaving] : toMapNodes(current.current.nodes));
        } else {
          setNodes(current.current.nodes);
          setEdges(current.current.edges);
        }
      }),
    [api],
  );
}
