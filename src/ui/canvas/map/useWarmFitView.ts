import { useEffect, useSyncExternalStore } from 'react';
import { getViewportForBounds, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { canvasMarksFor } from '../../simulator/canvasMarksFor';
import { useEditorStore } from '../../store/useEditorStore';
import { warmTiles } from './createMapPainter';
import { readMapColors } from './drawMap';
import { pathEdgeIndices, type MapModel } from './mapModel';

/** React Flow's default fit view padding (Fit View button, rf.fitView()). */
const FIT_PADDING = 0.1;
/** An idle period with less than this left draws no more tiles. */
const MIN_IDLE_MS = 4;
const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * While a large flow is edited zoomed in, draws the map's tiles for the whole flow fitted on the
 * canvas when the browser is idle, one tile per idle slice: Fit view (or zooming out to it) then
 * shows the map with a few drawImage calls instead of drawing every node and edge in that frame.
 * Redone when the document (after FlowMinimap's settle), the canvas size, the theme or the run's
 * path changes; not while the map is on screen (it keeps its own tiles then).
 */
export function useWarmFitView(model: MapModel, mapShown: boolean, colorMode: string) {
  const api = useStoreApi();
  const store = useEditorStore();
  const size = useStore(selectSize);
  const marks = canvasMarksFor(store);
  const run = useSyncExternalStore(marks.subscribe, marks.getState).run;
  const pathEdges = pathEdgeIndices(model, run?.pathEdges);
  useEffect(() => {
    if (mapShown || typeof window.requestIdleCallback !== 'function') return;
    const { width, height, minZoom, maxZoom, domNode } = api.getState();
    const element = domNode?.closest('.canvas');
    if (!width || !height || !element) return;
    const colors = readMapColors(element);
    const { x, y, zoom } = getViewportForBounds(model.bounds, width, height, minZoom, maxZoom, FIT_PADDING);
    const view = { x, y, zoom, width, height, dpr: window.devicePixelRatio || 1 };
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      if (!warmTiles(model, view, colors, pathEdges, () => deadline.timeRemaining() > MIN_IDLE_MS)) handle = window.requestIdleCallback(step);
    };
    handle = window.requestIdleCallback(step);
    return () => window.cancelIdleCallback(handle);
  }, [api, model, mapShown, size, colorMode, pathEdges]);
}
