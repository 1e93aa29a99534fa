import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../store/useEditorStore';
import { toReactFlow } from '../canvas/toReactFlow';
import { waitForPaintedNodes } from './waitForPaintedNodes';
import './benchHandle';

/** Bench mode only: publishes window.__bench once the generated flow is painted. Renders nothing. */
export function BenchProbe({ nodes }: { nodes: number }) {
  const rf = useReactFlow();
  const store = useEditorStore();
  useEffect(() => {
    let live = true;
    void waitForPaintedNodes().then(() => {
      if (!live) return;
      window.__bench = {
        // The canvas's nodes from the document: zoomed out, React Flow holds only the map's frame.
        rf: { setViewport: rf.setViewport, getViewport: rf.getViewport, setCenter: rf.setCenter, fitView: rf.fitView, getNodes: () => toReactFlow(store.getState().flow, store.getState().selection).nodes },
        ready: true,
        readyAt: performance.now(),
        nodes,
        selectNodes: (ids) => store.setSelection({ nodeIds: [...ids], edgeIds: [] }),
      };
    });
    return () => {
      live = false;
    };
  }, [rf, store, nodes]);
  return null;
}
