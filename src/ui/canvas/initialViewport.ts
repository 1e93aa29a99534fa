import type { Viewport } from '@xyflow/react';
import { kindOf, type Flow } from '../../schema';
import { nodeGeometry } from '../nodes/nodeGeometry';

/** Below this zoom a node's body text (12 px) draws under 9 px, too small to read: the whole flow is then not fitted. */
export const READABLE_ZOOM = 0.75;
/** The zoom a flow too big to fit readably opens at, when no node is then cut by the canvas edge. */
export const OPEN_ZOOM = 0.8;
/** The largest zoom tried when OPEN_ZOOM would cut a node at the canvas edge. */
export const MAX_OPEN_ZOOM = 1;
/** The canvas's own minimum zoom (Canvas.tsx). */
const MIN_ZOOM = 0.1;
const MARGIN = 48;
/** From this canvas height the mini map shows (canvas.css hides it below). */
const MINIMAP_CANVAS = 480;
/** A fitted flow keeps this much free at the bottom, where the controls and mini map float. */
const bottomStrip = (height: number) => (height >= MINIMAP_CANVAS ? 132 : 48);

/**
 * The corners the first view keeps free of nodes: the zoom controls (a row of three, bottom left)
 * and, on a tall enough canvas, the mini map (168 × 112 and React Flow's 15 px margin, bottom right).
 */
function floatingBoxes(size: { width: number; height: number }): Box[] {
  const controls = { x: 0, y: size.height - 52, width: 130, height: 52 };
  if (size.height < MINIMAP_CANVAS || size.width <= 640) return [controls];
  return [controls, { x: size.width - 192, y: size.height - 136, width: 192, height: 136 }];
}
/** The search bar and Tidy layout button float over the canvas's top edge. */
const TOP_MARGIN = 72;
/** A canvas smaller than this cannot show even one node readably: it shows the whole flow as a map. */
const MIN_CANVAS = 240;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boundsOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * How badly a view cuts the flow: nodes cut by the left or right edge or hidden under the controls
 * or the mini map weigh most (reading goes left to right: a node cut there reads as missing), a
 * node cut by the top or bottom edge (scrolling down reads on) a little. Zero: every node in view
 * is whole and uncovered.
 */
function cutScore(boxes: readonly Box[], view: Viewport, size: { width: number; height: number }): number {
  const floating = floatingBoxes(size);
  let score = 0;
  for (const b of boxes) {
    const left = view.x + b.x * view.zoom;
    const right = left + b.width * view.zoom;
    const top = view.y + b.y * view.zoom;
    const bottom = top + b.height * view.zoom;
    if (right <= 0 || left >= size.width || bottom <= 0 || top >= size.height) continue;
    if (left < 0 || right > size.width || floating.some((f) => left < f.x + f.width && right > f.x && top < f.y + f.height && bottom > f.y)) score += 100;
    else if (top < 0 || bottom > size.height) score += 1;
  }
  return score;
}

/**
 * Where a flow of up to LARGE_FLOW_NODES opens, on a canvas of `size` screen pixels (and where Tidy
 * layout leaves the view). It is fitted whole when that keeps its text readable (12 px body text at
 * 9 px or more); otherwise it opens readable on its triggers, at the left edge, the way Twilio
 * Studio and Voiceflow open on their start: reading goes left to right from there, and Fit view
 * still shows everything. Then the zoom (between READABLE_ZOOM and OPEN_ZOOM) and, failing that,
 * the pan are chosen so that the canvas edge falls between nodes, never through one. Node sizes
 * come from the document (nodeGeometry), so nothing waits for the nodes to be measured.
 */
export function initialViewport(flow: Flow, size: { width: number; height: number }): Viewport {
  const boxes = new Map(flow.nodes.map((node) => [node.id, { ...(flow.layout.nodes[node.id] ?? { x: 0, y: 0 }), ...nodeGeometry(node) }]));
  if (boxes.size === 0) return { x: 0, y: 0, zoom: 1 };
  const all = boundsOf([...boxes.values()]);
  const tiny = size.width < MIN_CANVAS || size.height < MIN_CANVAS;
  const [margin, top, bottom] = tiny ? [0, 0, 0] : [MARGIN, TOP_MARGIN, bottomStrip(size.height)];
  const room = { width: size.width - 2 * margin, height: size.height - top - bottom };
  const fit = Math.max(MIN_ZOOM, Math.min(room.width / all.width, room.height / all.height, 1));
  const centre = (zoom: number, box: Box) => ({
    x: margin + room.width / 2 - (box.x + box.width / 2) * zoom,
    y: top + room.height / 2 - (box.y + box.height / 2) * zoom,
  });
  if (fit >= READABLE_ZOOM || tiny) return { ...centre(fit, all), zoom: fit };

  const list = [...boxes.values()];
  const triggers = flow.nodes.filter((node) => kindOf(node).role === 'trigger').map((node) => boxes.get(node.id)!);
  const start = triggers.length > 0 ? boundsOf(triggers) : all;
  const viewAt = (zoom: number, shiftX = 0, shiftY = 0): Viewport => {
    const x = margin + shiftX - start.x * zoom;
    // Taller than the canvas: the first trigger's top at the top, where reading starts.
    const y = all.height * zoom <= room.height ? centre(zoom, all).y : top + shiftY - start.y * zoom;
    return { x, y, zoom };
  };
  // Readable zooms, nearest OPEN_ZOOM first, and small moves of the start from the margins: the
  // first view where the canvas edges fall between nodes.
  const zooms = Array.from({ length: Math.round((MAX_OPEN_ZOOM - READABLE_ZOOM) * 100) + 1 }, (_, i) => Math.round((READABLE_ZOOM + i / 100) * 100) / 100).sort(
    (a, b) => Math.abs(a - OPEN_ZOOM) - Math.abs(b - OPEN_ZOOM),
  );
  const shifts = [0, -8, 8, -16, 16, -24, 24, -32, 32, 40, 48, 64];
  let best = { view: viewAt(OPEN_ZOOM), score: Infinity };
  for (const zoom of zooms) {
    for (const dx of shifts) {
      for (const dy of shifts.filter((d) => d >= 0)) {
        const view = viewAt(zoom, dx, dy);
        const score = cutScore(list, view, size);
        if (score === 0) return view;
        if (score < best.score) best = { view, score };
      }
    }
  }
  const view = best.view;
  return view;
}
