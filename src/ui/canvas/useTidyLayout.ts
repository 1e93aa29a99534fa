import { useCallback } from 'react';
import { useReactFlow, useStoreApi, type FitViewOptions } from '@xyflow/react';
import { useEditorStore } from '../store/useEditorStore';
import { rememberAutoViewport } from './autoViewport';
import { initialViewport } from './initialViewport';
import { tidyLayout } from './tidyLayout';

/** How the view glides to fit for the Shift+1 / Shift+2 view keys. */
export const FIT_GLIDE: FitViewOptions = { padding: 0.2, maxZoom: 1, duration: 250 };

/**
 * "Tidy layout" as the toolbar button and Shift+L both run it: arrange the flow (one undo step),
 * then glide to the view a flow opens at (initialViewport): the whole flow when it fits readably,
 * else its triggers at a readable zoom with no node cut by the canvas edge. A plain fit would show
 * a wide flow at 50 % and less, where node text is about 6 px. When nothing moved the view stays
 * where the designer left it. Resolves whether anything moved.
 */
export function useTidyLayout(): () => Promise<boolean> {
  const store = useEditorStore();
  const rf = useReactFlow();
  const api = useStoreApi();
  return useCallback(async () => {
    const moved = await tidyLayout(store);
    // Next frame: React Flow has the new positions by then.
    if (moved) {
      requestAnimationFrame(() => {
        const { width, height } = api.getState();
        const view = initialViewport(store.getState().flow, { width, height });
        rememberAutoViewport(api, view);
        void rf.setViewport(view, { duration: 250 });
      });
    }
    return moved;
  }, [store, rf, api]);
}
