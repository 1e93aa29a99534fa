import { useLayoutEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { Flow } from '../../schema';
import { initialViewport } from './initialViewport';

/**
 * Sets the first view of `flow` (see initialViewport) once React Flow knows the canvas size and
 * can pan. A layout effect, so the default view is never painted. Does nothing when `flow` is
 * null (large flows open through React Flow's fitView instead).
 */
export function useInitialViewport(flow: Flow | null) {
  const rf = useReactFlow();
  const api = useStoreApi();
  const ready = useStore((s) => s.panZoom !== null && s.width > 0 && s.height > 0);
  const done = useRef(false);
  useLayoutEffect(() => {
    if (!flow || !ready || done.current) return;
    done.current = true;
    const { width, height } = api.getState();
    void rf.setViewport(initialViewport(flow, { width, height }));
  }, [flow, ready, rf, api]);
}
