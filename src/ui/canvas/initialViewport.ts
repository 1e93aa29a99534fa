import type { Viewport } from '@xyflow/react';
import { kindOf, type Flow } from '../../schema';
import { nodeGeometry } from '../nodes/nodeGeometry';

/** Below this zoom node text (13 px) is too small to read: the whole flow is then not fitted. */
export const READABLE_ZOOM = 0.6;
/** The zoom a flow too big to fit readably opens at: its labels read like body text. */
export const OPEN_ZOOM = 0.75;
/** The canvas's own minimum zoom (Canvas.tsx). */
const MIN_ZOOM = 0.1;
const MARGIN = 48;
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
 * Where a flow of up to LARGE_FLOW_NODES opens, on a canvas of `size` screen pixels. It is fitted
 * whole when that keeps its text readable; otherwise it opens at a readable zoom on its triggers,
 * at the left edge, the way Twilio Studio and Voiceflow open on their start: reading goes left to
 * right from there, and Fit view still shows everything. Node sizes come from the document
 * (nodeGeometry), so nothing waits for the nodes to be measured.
 */
export function initialViewport(flow: Flow, size: { width: number; height: number }): Viewport {
  const boxes = new Map(flow.nodes.map((node) => [node.id, { ...(flow.layout.nodes[node.id] ?? { x: 0, y: 0 }), ...nodeGeometry(node) }]));
  if (boxes.size === 0) return { x: 0, y: 0, zoom: 1 };
  const all = boundsOf([...boxes.values()]);
  const tiny = size.width < MIN_CANVAS || size.height < MIN_CANVAS;
  const [margin, top] = tiny ? [0, 0] : [MARGIN, TOP_MARGIN];
  const room = { width: size.width - 2 * margin, height: size.height - top - margin };
  const fit = Math.max(MIN_ZOOM, Math.min(room.width / all.width, room.height / all.height, 1));
  const centre = (zoom: number, box: Box) => ({
    x: margin + room.width / 2 - (box.x + box.width / 2) * zoom,
    y: top + room.height / 2 - (box.y + box.height / 2) * zoom,
  });
  if (fit >= READABLE_ZOOM || tiny) return { ...centre(fit, all), zoom: fit };

  const zoom = OPEN_ZOOM;
  const triggers = flow.nodes.filter((node) => kindOf(node).role === 'trigger').map((node) => boxes.get(node.id)!);
  const start = triggers.length > 0 ? boundsOf(triggers) : all;
  const x = margin - start.x * zoom;
  if (all.height * zoom <= room.height) return { x, y: centre(zoom, all).y, zoom };
  // Taller than the canvas: the first trigger's top at the top, where reading starts.
  return { x, y: top - start.y * zoom, zoom };
}
