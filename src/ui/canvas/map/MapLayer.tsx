import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { plural } from '../../../schema';
import type { EditorState } from '../../../editor/createEditorStore';
import { canvasMarksFor } from '../../simulator/canvasMarksFor';
import { useEditor } from '../../store/useEditor';
import { useEditorStore } from '../../store/useEditorStore';
import { readMapColors, type MapColors, type MapOverlay } from './drawMap';
import { createMapPainter } from './createMapPainter';
import { mapModelFor, pathEdgeIndices, type MapModel } from './mapModel';
import { useMapPointer } from './useMapPointer';

const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;
const selectFlowAndProblems = (s: EditorState) => s.diagnosticsByNode;
const EMPTY = new Set<number>();
/**
 * The map canvas as a compositing layer of its own: redrawing it then re-rasterises only it, not
 * the whole page under it (without a GPU, Chromium composites a 2D canvas into the page's layer).
 */
const OWN_LAYER = { willChange: 'transform' } as const;

function indices(model: MapModel, ids: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    const i = model.indexOf.get(id);
    if (i !== undefined) out.add(i);
  }
  return out;
}

/**
 * The zoomed-out canvas: every node and edge drawn on one <canvas> over React Flow's pane, while
 * React Flow keeps the viewport and controls (its nodes are hidden meanwhile, see Canvas; the
 * minimap is FlowMinimap's, at every zoom of a large flow). Pointer input on nodes (click, Shift/Ctrl-click, drag, Shift-drag box, double-click to
 * zoom in) goes through the map's flatbush index; empty space still pans and zooms React Flow.
 * Loaded lazily with the first zoom-out of a large flow (a chunk of its own with flatbush).
 */
export { FlowMinimap } from './FlowMinimap';

export default function MapLayer({ colorMode }: { colorMode: 'light' | 'dark' }) {
  const store = useEditorStore();
  const api = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const flow = useEditor((s) => s.flow);
  const problems = useEditor(selectFlowAndProblems);
  const selection = useEditor((s) => s.selection);
  const size = useStore(selectSize);
  const marks = canvasMarksFor(store);
  const marksState = useSyncExternalStore(marks.subscribe, marks.getState);
  const model = mapModelFor(flow, problems);
  const descriptionId = useId();
  const colors = useRef<MapColors | null>(null);
  const overlay = useRef<MapOverlay>({ selected: EMPTY, hovered: -1, drag: null, pathNodes: EMPTY, pathEdges: EMPTY, uncovered: EMPTY, breakpoints: EMPTY, active: -1, halted: -1, box: null });
  const modelRef = useRef(model);
  modelRef.current = model;

  // One draw per task however many viewport changes it brings (wheel, setViewport per frame).
  const { draw, painter } = useMemo(() => {
    let queued = false;
    const painter = createMapPainter(() => draw());
    const paint = () => {
      queued = false;
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      colors.current ??= readMapColors(canvas);
      const { transform, width, height } = api.getState();
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      painter.paint(ctx, modelRef.current, { x: transform[0], y: transform[1], zoom: transform[2], width, height, dpr }, colors.current, overlay.current);
    };
    const draw = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(paint);
    };
    return { draw, painter };
  }, [api]);
  useEffect(() => () => painter.dispose(), [painter]);

  useEffect(() => {
    let last = api.getState().transform;
    draw();
    return api.subscribe((s) => {
      if (s.transform === last) return;
      last = s.transform;
      draw();
    });
  }, [api, draw]);

  useEffect(() => {
    colors.current = null;
    draw();
  }, [colorMode, draw]);

  // The path's edges are drawn into the cached tiles: a new set only when the run or the flow changes.
  const pathEdges = pathEdgeIndices(model, marksState.run?.pathEdges);

  useEffect(() => {
    const run = marksState.run;
    overlay.current = {
      ...overlay.current,
      selected: indices(model, selection.nodeIds),
      pathNodes: indices(model, run?.pathNodes ?? []),
      pathEdges,
      uncovered: indices(model, run?.uncoveredNodes ?? []),
      breakpoints: indices(model, marksState.breakpoints),
      active: run?.active ? (model.indexOf.get(run.active) ?? -1) : -1,
      halted: run?.halted ? (model.indexOf.get(run.halted) ?? -1) : -1,
    };
    draw();
  }, [model, selection, marksState, pathEdges, size, draw]);

  useMapPointer({ canvasRef, model: modelRef, overlay, draw, store, api });

  const run = marksState.run;
  const errors = model.severity.reduce((n, s) => n + (s === 3 ? 1 : 0), 0);
  const warnings = model.severity.reduce((n, s) => n + (s === 2 ? 1 : 0), 0);
  const parts = [
    `${plural(model.count, 'node')} and ${plural(model.edgeIds.length, 'connection')}`,
    errors || warnings ? `nodes with problems: ${errors} with errors, ${warnings} with warnings` : 'no problems',
    run?.pathNodes.length ? `the last run's path: ${plural(run.pathNodes.length, 'node')}` : '',
    run?.uncoveredNodes.length ? `not covered by tests: ${plural(run.uncoveredNodes.length, 'node')}` : '',
    selection.nodeIds.length ? `${plural(selection.nodeIds.length, 'node')} selected` : '',
  ].filter(Boolean);
  return (
    <>
      <canvas ref={canvasRef} className="canvas-map" style={OWN_LAYER} role="img" aria-label="Flow map" aria-describedby={descriptionId} />
      <p id={descriptionId} className="visually-hidden">
        {`The whole flow drawn as a map: ${parts.join('; ')}. Zoom in past 40 % to edit nodes on the canvas; the Outline tab lists the same nodes for the keyboard and screen readers.`}
      </p>
    </>
  );
}
