import { useEffect, type RefObject } from 'react';
import type { useStoreApi } from '@xyflow/react';
import { moveNodes } from '../../../editor/commands/moveNodes';
import type { EditorStore } from '../../../editor/createEditorStore';
import type { MapOverlay } from './drawMap';
import { nodeAt, nodesIn, type MapModel } from './mapModel';

/** The canvas's snap grid (Canvas.tsx): a node dropped from the map lands where a DOM drag would. */
const SNAP = 15;
/** Pixels the pointer travels before a press on a node becomes a drag. */
const DRAG_THRESHOLD = 3;
/** Extra hit radius around a node, in screen pixels. */
const SLOP = 2;
const snap = (v: number) => Math.round(v / SNAP) * SNAP;

interface Options {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  model: { current: MapModel };
  overlay: { current: MapOverlay };
  draw: () => void;
  store: EditorStore;
  api: ReturnType<typeof useStoreApi>;
}

type Press =
  | { kind: 'node'; node: number; sx: number; sy: number; additive: boolean; dragging: boolean; nodes: Set<number> }
  | { kind: 'box'; sx: number; sy: number; additive: boolean };

/**
 * Pointer input on the map, listened for on React Flow's wrapper in the capture phase so a press on
 * a drawn node never reaches React Flow's pane (which would pan or start its own box). A press on
 * empty space without Shift is left to React Flow: it pans, zooms and clears the selection as
 * before. Moves during a drag only redraw the map; the document changes once, on release.
 */
export function useMapPointer({ canvasRef, model, overlay, draw, store, api }: Options) {
  useEffect(() => {
    const canvas = canvasRef.current;
    const root = canvas?.closest<HTMLElement>('.react-flow');
    if (!canvas || !root) return;
    let press: Press | null = null;
    let swallowClick = false;

    const locate = (e: MouseEvent) => {
      const rect = root.getBoundingClientRect();
      const [tx, ty, zoom] = api.getState().transform;
      const sx = e.clientX - rect.left;
      const sy = e.clientY - rect.top;
      return { sx, sy, x: (sx - tx) / zoom, y: (sy - ty) / zoom, zoom };
    };
    const onPane = (e: Event) => e.target instanceof Element && !!e.target.closest('.react-flow__pane') && !e.target.closest('.react-flow__panel');
    const setOverlay = (patch: Partial<MapOverlay>) => {
      overlay.current = { ...overlay.current, ...patch };
      draw();
    };
    const select = (ids: string[]) => store.setSelection({ nodeIds: ids, edgeIds: [] });

    function onPointerDown(e: PointerEvent) {
      if (e.button !== 0 || !onPane(e)) return;
      const p = locate(e);
      const node = nodeAt(model.current, p.x, p.y, SLOP / p.zoom);
      const additive = e.shiftKey || e.metaKey || e.ctrlKey;
      if (node >= 0) press = { kind: 'node', node, sx: p.sx, sy: p.sy, additive, dragging: false, nodes: new Set() };
      // Shift-drag draws a box that replaces the selection, as React Flow's does; with Ctrl or ⌘ it adds.
      else if (e.shiftKey) press = { kind: 'box', sx: p.sx, sy: p.sy, additive: e.metaKey || e.ctrlKey };
      else return;
      // No mousedown follows (so d3-zoom does not pan) and React Flow's pane never sees the press.
      e.preventDefault();
      e.stopPropagation();
      swallowClick = true;
      window.addEventListener('pointermove', onDragMove, true);
      window.addEventListener('pointerup', onPointerUp, true);
    }

    function onDragMove(e: PointerEvent) {
      if (!press) return;
      const p = locate(e);
      if (press.kind === 'box') {
        setOverlay({ box: { x0: press.sx, y0: press.sy, x1: p.sx, y1: p.sy } });
        return;
      }
      if (!press.dragging) {
        if (Math.hypot(p.sx - press.sx, p.sy - press.sy) < DRAG_THRESHOLD) return;
        press.dragging = true;
        const m = model.current;
        const id = m.ids[press.node];
        const current = store.getState().selection.nodeIds;
        // Dragging a selected node moves the whole selection; an unselected one moves alone.
        const ids = current.includes(id) ? current : press.additive ? [...current, id] : [id];
        if (!current.includes(id)) select(ids);
        press.nodes = new Set(ids.map((nodeId) => m.indexOf.get(nodeId)!).filter((i) => i !== undefined));
      }
      const zoom = p.zoom;
      setOverlay({ drag: { nodes: press.nodes, dx: (p.sx - press.sx) / zoom, dy: (p.sy - press.sy) / zoom } });
    }

    function onPointerUp(e: PointerEvent) {
      window.removeEventListener('pointermove', onDragMove, true);
      window.removeEventListener('pointerup', onPointerUp, true);
      const done = press;
      press = null;
      if (!done) return;
      const m = model.current;
      const p = locate(e);
      if (done.kind === 'box') {
        const [tx, ty, zoom] = api.getState().transform;
        const hits = nodesIn(m, (done.sx - tx) / zoom, (done.sy - ty) / zoom, p.x, p.y).map((i) => m.ids[i]);
        select(done.additive ? [...new Set([...store.getState().selection.nodeIds, ...hits])] : hits);
        setOverlay({ box: null });
        return;
      }
      if (!done.dragging) {
        const id = m.ids[done.node];
        const current = store.getState().selection.nodeIds;
        if (!done.additive) select([id]);
        else select(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
        return;
      }
      const drag = overlay.current.drag;
      overlay.current = { ...overlay.current, drag: null };
      if (!drag) return draw();
      const positions = Object.fromEntries([...drag.nodes].map((i) => [m.ids[i], { x: snap(m.x[i] + drag.dx), y: snap(m.y[i] + drag.dy) }]));
      store.endGesture();
      store.run(moveNodes, { positions });
      store.endGesture();
    }

    function onClick(e: MouseEvent) {
      if (!swallowClick) return;
      swallowClick = false;
      e.stopPropagation();
    }

    // Double-click on a node: zoom in on it, where its DOM face (and the inspector) take over.
    function onDoubleClick(e: MouseEvent) {
      if (!onPane(e)) return;
      const p = locate(e);
      const m = model.current;
      const node = nodeAt(m, p.x, p.y, SLOP / p.zoom);
      if (node < 0) return;
      e.preventDefault();
      e.stopPropagation();
      select([m.ids[node]]);
      const { width, height, panZoom } = api.getState();
      void panZoom?.setViewport({ x: width / 2 - (m.x[node] + m.w[node] / 2), y: height / 2 - (m.y[node] + m.h[node] / 2), zoom: 1 });
    }

    function onHover(e: PointerEvent) {
      if (press || e.buttons) return;
      const p = locate(e);
      const node = onPane(e) ? nodeAt(model.current, p.x, p.y, SLOP / p.zoom) : -1;
      const pane = root!.querySelector<HTMLElement>('.react-flow__pane');
      if (pane) pane.style.cursor = node >= 0 ? 'pointer' : '';
      if (node !== overlay.current.hovered) setOverlay({ hovered: node });
    }

    root.addEventListener('pointerdown', onPointerDown, true);
    root.addEventListener('click', onClick, true);
    root.addEventListener('dblclick', onDoubleClick, true);
    root.addEventListener('pointermove', onHover, true);
    return () => {
      root.removeEventListener('pointerdown', onPointerDown, true);
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('dblclick', onDoubleClick, true);
      root.removeEventListener('pointermove', onHover, true);
      window.removeEventListener('pointermove', onDragMove, true);
      window.removeEventListener('pointerup', onPointerUp, true);
      const pane = root.querySelector<HTMLElement>('.react-flow__pane');
      if (pane) pane.style.cursor = '';
    };
  }, [canvasRef, model, overlay, draw, store, api]);
}
