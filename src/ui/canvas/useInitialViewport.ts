import { useLayoutEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { Flow } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { isAutoViewport, rememberAutoViewport } from './autoViewport';
import { initialViewport } from './initialViewport';

/**
 * Sets the first view of `flow` (see initialViewport) once React Flow knows the canvas size and
 * can pan. A layout effect, so the default view is never painted. Does nothing when `flow` is
 * null (large flows open through React Flow's fitView instead). Later, while the view is still
 * one the editor chose (autoViewport), a new canvas size chooses it again for that size.
 */
export function useInitialViewport(flow: Flow | null) {
  const rf = useReactFlow();
  const api = useStoreApi();
  const editor = useEditorStore();
  const size = useStore((s) => (s.panZoom !== null && s.width > 0 && s.height > 0 ? `${s.width}x${s.height}` : ''));
  const done = useRef(false);
  useLayoutEffect(() => {
    if (!flow || !size) return;
    const { width, height, transform } = api.getState();
    if (done.current && !isAutoViewport(api, { x: transform[0], y: transform[1], zoom: transform[2] })) return;
    done.current = true;
    const view = initialViewport(editor.getState().flow, { width, height });
    rememberAutoViewport(api, view);
    void rf.setViewport(view);
  }, [flow, size, rf, api, editor]);
}
