import type { MapModel } from './mapModel';

/** Resolved colours (the theme's CSS custom properties): canvas paint cannot read var(). */
export interface MapColors {
  groups: string[];
  surface: string;
  border: string;
  text: string;
  edge: string;
  accent: string;
  accentSoft: string;
  error: string;
  warning: string;
  success: string;
  badgeText: string;
}

const GROUP_VARS = ['--g-triggers', '--g-messages', '--g-handover', '--g-followup', '--g-logic', '--note-yellow'];

let lastColors: MapColors | null = null;

/** The theme's colours; the same object while they are unchanged (the map's tiles are keyed on it). */
export function readMapColors(element: Element): MapColors {
  const colors = readColors(element);
  if (!lastColors || JSON.stringify(lastColors) !== JSON.stringify(colors)) lastColors = colors;
  return lastColors;
}

function readColors(element: Element): MapColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    groups: GROUP_VARS.map((name) => read(name, '#888')),
    surface: read('--surface', '#fff'),
    border: read('--border-strong', '#999'),
    text: read('--text', '#111'),
    edge: read('--border-strong', '#999'),
    accent: read('--accent', '#5b5bd6'),
    accentSoft: read('--accent-soft', 'rgba(91,91,214,0.15)'),
    error: read('--error', '#c53030'),
    warning: read('--warning', '#96600f'),
    success: read('--success', '#267a4b'),
    badgeText: '#fff',
  };
}

export interface MapView {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
  dpr: number;
}

/** What is drawn over the document: view state, the simulator's marks and a drag in progress. */
export interface MapOverlay {
  selected: ReadonlySet<number>;
  hovered: number;
  drag: { nodes: ReadonlySet<number>; dx: number; dy: number } | null;
  pathNodes: ReadonlySet<number>;
  pathEdges: ReadonlySet<number>;
  uncovered: ReadonlySet<number>;
  breakpoints: ReadonlySet<number>;
  active: number;
  halted: number;
  /** A box selection in screen pixels (relative to the canvas). */
  box: { x0: number; y0: number; x1: number; y1: number } | null;
}

/** The compact face's title size (nodes.css): drawn when it is at least this big on screen. */
const TITLE_SIZE = 26;
const MIN_TITLE_PX = 6;
const NOTE = 5;

/**
 * Draws the flow as a map: edges as elbow lines, nodes as boxes in their group colour (solid when
 * a node is under ~25 px wide, else the surface with a group bar and the title), problem badges at
 * a constant size on screen, and the simulator's marks (path, active node, coverage, breakpoints).
 * Only what meets the view is drawn (the flatbush index answers which).
 */
/**
 * What to draw: 'all'; or in layers for the cached picture (MapLayer): 'base' (everything but the
 * nodes being dragged and their edges, no outlines), 'moving' (only those) and 'overlay' (outlines
 * of the selection, hover and marks, and the selection box). The caller clears the canvas.
 */
export type MapLayerPart = 'all' | 'base' | 'moving' | 'overlay';

export function drawMap(ctx: CanvasRenderingContext2D, model: MapModel, view: MapView, colors: MapColors, overlay: MapOverlay, part: MapLayerPart = 'all') {
  const { zoom, dpr } = view;
  if (!model.count || !model.index) return;
  const moving = overlay.drag?.nodes;
  const keepNode = (i: number) => (part === 'base' ? !moving?.has(i) : part === 'moving' ? !!moving?.has(i) : true);
  const keepEdge = (k: number) => {
    if (part !== 'base' && part !== 'moving') return true;
    const touches = !!moving && (moving.has(model.edgeSource[k]) || moving.has(model.edgeTarget[k]));
    return part === 'moving' ? touches : !touches;
  };
  const px = 1 / zoom;
  const left = -view.x / zoom;
  const top = -view.y / zoom;
  const right = left + view.width / zoom;
  const bottom = top + view.height / zoom;
  const drag = overlay.drag;
  const X = (i: number) => model.x[i] + (drag?.nodes.has(i) ? drag.dx : 0);
  const Y = (i: number) => model.y[i] + (drag?.nodes.has(i) ? drag.dy : 0);
  // Nodes and edges just outside the view still reach into it (badges, elbows): a tile drawn
  // without them would show a seam where it meets its neighbour.
  const pad = mapOverhang(zoom);
  const inView = (i: number) => X(i) + model.w[i] >= left - pad && X(i) <= right + pad && Y(i) + model.h[i] >= top - pad && Y(i) <= bottom + pad;
  // The marks ('overlay') are few: they are tested against the view one by one, not searched.
  const seen = new Set(part === 'moving' || part === 'overlay' ? [] : model.index.search(left - pad, top - pad, right + pad, bottom + pad));
  if (drag && part !== 'base' && part !== 'overlay') for (const i of drag.nodes) seen.add(i);
  const visible = Uint32Array.from(seen)
    .filter(keepNode)
    .sort();

  ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * view.x, dpr * view.y);
  ctx.lineJoin = 'miter';
  if (part !== 'overlay') drawScene();
  if (part === 'all' || part === 'overlay') drawOutlines();

  function drawScene() {
  // Edges: one path for all, one for the simulator's path on top.
  const plain = new Path2D();
  const marked = new Path2D();
  for (let k = 0; k < model.edgeSource.length; k++) {
    if (!keepEdge(k)) continue;
    const s = model.edgeSource[k];
    const t = model.edgeTarget[k];
    const sx = X(s) + model.edgeSourceDx[k];
    const sy = Y(s) + model.edgeSourceDy[k];
    const tx = X(t);
    const ty = Y(t) + model.edgeTargetDy[k];
    if (Math.max(sx, tx) < left - pad || Math.min(sx, tx) > right + pad || Math.max(sy, ty) < top - pad || Math.min(sy, ty) > bottom + pad) continue;
    const path = overlay.pathEdges.has(k) ? marked : plain;
    const mx = tx > sx + 40 ? (sx + tx) / 2 : sx + 20;
    path.moveTo(sx, sy);
    path.lineTo(mx, sy);
    if (tx > sx + 40) path.lineTo(mx, ty);
    else {
      const my = (sy + ty) / 2;
      path.lineTo(mx, my);
      path.lineTo(tx - 20, my);
      path.lineTo(tx - 20, ty);
    }
    path.lineTo(tx, ty);
  }
  ctx.strokeStyle = colors.edge;
  ctx.lineWidth = 248 * zoom < 25 ? px : Math.max(1.2 * px, 1.5);
  ctx.stroke(plain);
  ctx.strokeStyle = colors.success;
  ctx.lineWidth = Math.max(2.5 * px, 2.5);
  ctx.stroke(marked);

  const solid = 248 * zoom < 25;
  const boxes = MAP_GROUPS_PATHS();
  const faces = new Path2D();
  for (const i of visible) {
    const g = model.group[i];
    if (solid || g === NOTE) boxes[g].rect(X(i), Y(i), model.w[i], model.h[i]);
    else {
      faces.rect(X(i), Y(i), model.w[i], model.h[i]);
      boxes[g].rect(X(i), Y(i), Math.max(8, 3 * px), model.h[i]);
    }
  }
  if (!solid) {
    ctx.fillStyle = colors.surface;
    ctx.fill(faces);
    ctx.strokeStyle = colors.border;
    ctx.lineWidth = px;
    ctx.stroke(faces);
  }
  boxes.forEach((path, g) => {
    ctx.fillStyle = colors.groups[g];
    ctx.fill(path);
  });

  if (TITLE_SIZE * zoom >= MIN_TITLE_PX) {
    ctx.fillStyle = colors.text;
    ctx.font = `600 ${TITLE_SIZE}px system-ui, sans-serif`;
    ctx.textBaseline = 'top';
    for (const i of visible) {
      if (model.group[i] === NOTE) continue;
      const room = Math.floor((model.w[i] - 40) / (TITLE_SIZE * 0.56));
      const title = model.title(i);
      ctx.fillText(title.length > room ? `${title.slice(0, room - 1)}…` : title, X(i) + 20, Y(i) + 10);
    }
  }

  // Badges keep their size on screen, so a problem stays visible in a 10,000-node overview.
  const r = Math.max(5 * px, 14);
  const dots = [new Path2D(), new Path2D(), new Path2D(), new Path2D()];
  for (const i of visible) {
    if (model.severity[i] >= 2) dots[model.severity[i]].arc(X(i) + model.w[i] - r, Y(i) + r, r, 0, 2 * Math.PI);
    if (overlay.breakpoints.has(i)) {
      dots[0].moveTo(X(i) + r, Y(i));
      dots[0].arc(X(i), Y(i), r, 0, 2 * Math.PI);
    }
  }
  ctx.fillStyle = colors.warning;
  ctx.fill(dots[2]);
  ctx.fillStyle = colors.error;
  ctx.fill(dots[3]);
  ctx.fill(dots[0]);
  if (r * zoom >= 7) {
    ctx.fillStyle = colors.badgeText;
    ctx.font = `700 ${r * 1.3}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const i of visible) if (model.severity[i] >= 2) ctx.fillText(String(model.problems[i]), X(i) + model.w[i] - r, Y(i) + r);
    ctx.textAlign = 'start';
  }
  }

  function drawOutlines() {
  const outline = (ids: Iterable<number>, color: string, width: number, dash: number[] = []) => {
    const path = new Path2D();
    let any = false;
    for (const i of ids) {
      if (!inView(i)) continue;
      const pad = width / 2;
      path.rect(X(i) - pad, Y(i) - pad, model.w[i] + 2 * pad, model.h[i] + 2 * pad);
      any = true;
    }
    if (!any) return;
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.stroke(path);
    ctx.setLineDash([]);
  };
  outline(overlay.uncovered, colors.warning, Math.max(2 * px, 3), [6 * px, 4 * px]);
  outline(overlay.pathNodes, colors.success, Math.max(3 * px, 4));
  if (overlay.active >= 0) outline([overlay.active], colors.accent, Math.max(4 * px, 6));
  if (overlay.halted >= 0) outline([overlay.halted], colors.error, Math.max(4 * px, 6));
  outline(overlay.selected, colors.accent, Math.max(3 * px, 4));
  if (overlay.hovered >= 0) outline([overlay.hovered], colors.text, Math.max(1.5 * px, 2));

  if (overlay.box) {
    const { x0, y0, x1, y1 } = overlay.box;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = colors.accentSoft;
    ctx.globalAlpha = 0.5;
    ctx.fillRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colors.accent;
    ctx.lineWidth = 1;
    ctx.strokeRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
  }
  }
}

/**
 * How far (flow units) a node's drawing can reach outside its box at `zoom`: a badge or breakpoint
 * dot of constant screen size, an edge's 20-unit elbow, a mark's outline.
 */
export function mapOverhang(zoom: number): number {
  return 2 * Math.max(5 / zoom, 14) + 24 + 6 / zoom;
}

const MAP_GROUPS_PATHS = () => Array.from({ length: 6 }, () => new Path2D());
