import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../store/useEditorStore';
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
        rf,
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
