import { useCallback } from 'react';
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEditorStore } from '../store/useEditorStore';
import { tidyLayout } from './tidyLayout';

/** How the view glides to fit: after Tidy layout, and for the Shift+1 / Shift+2 view keys. */
export const FIT_GLIDE: FitViewOptions = { padding: 0.2, maxZoom: 1, duration: 250 };

/**
 * "Tidy layout" as the toolbar button and Shift+L both run it: arrange the flow (one undo step),
 * then fit the view to the new layout, which otherwise lies mostly off screen. When nothing moved
 * the view stays where the designer left it. Resolves whether anything moved.
 */
export function useTidyLayout(): () => Promise<boolean> {
  const store = useEditorStore();
  const rf = useReactFlow();
  return useCallback(async () => {
    const moved = await tidyLayout(store);
    // Next frame: React Flow has the new positions by then.
    if (moved) requestAnimationFrame(() => void rf.fitView(FIT_GLIDE));
    return moved;
  }, [store, rf]);
}
