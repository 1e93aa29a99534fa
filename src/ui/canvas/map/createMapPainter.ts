import { drawMap, type MapColors, type MapOverlay, type MapView } from './drawMap';
import type { MapModel } from './mapModel';

/** Room around the flow in the cached picture, in screen pixels (badges and outlines overhang). */
const MARGIN = 24;
/** The cached picture may hold at most this many times the view's pixels (else: draw directly). */
const MAX_AREA = 4;
const MAX_SIDE = 8192;

interface Picture {
  canvas: HTMLCanvasElement;
  model: MapModel;
  zoom: number;
  dpr: number;
  colors: MapColors;
  pathEdges: ReadonlySet<number>;
  moving: ReadonlySet<number> | undefined;
}

/**
 * Paints the map. Software-rendered canvas spends most of a frame rasterising thousands of boxes
 * and lines, so once the zoom holds still for two frames the flow (without what is being dragged)
 * is drawn once into an offscreen picture, and a pan frame is one drawImage plus the moving nodes
 * and the outlines. While the zoom changes every frame, or when the flow at this zoom would be a
 * picture much larger than the view, it draws directly, culled to the view.
 */
export function createMapPainter() {
  let picture: Picture | null = null;
  let lastZoom = NaN;

  function pictureFor(model: MapModel, view: MapView, colors: MapColors, overlay: MapOverlay): Picture | null {
    const { zoom, dpr } = view;
    const moving = overlay.drag?.nodes;
    const p = picture;
    if (p && p.model === model && p.zoom === zoom && p.dpr === dpr && p.colors === colors && p.pathEdges === overlay.pathEdges && p.moving === moving) return p;
    const stable = zoom === lastZoom;
    if (!stable && !moving) return null;
    const width = Math.ceil(model.bounds.width * zoom + 2 * MARGIN);
    const height = Math.ceil(model.bounds.height * zoom + 2 * MARGIN);
    if (width * height > MAX_AREA * view.width * view.height || width * dpr > MAX_SIDE || height * dpr > MAX_SIDE) return null;
    const canvas = p?.canvas ?? document.createElement('canvas');
    canvas.width = Math.ceil(width * dpr);
    canvas.height = Math.ceil(height * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const at = { x: MARGIN - model.bounds.x * zoom, y: MARGIN - model.bounds.y * zoom, zoom, width, height, dpr };
    drawMap(ctx, model, at, colors, overlay, 'base');
    picture = { canvas, model, zoom, dpr, colors, pathEdges: overlay.pathEdges, moving };
    return picture;
  }

  return function paint(ctx: CanvasRenderingContext2D, model: MapModel, view: MapView, colors: MapColors, overlay: MapOverlay) {
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    const cached = pictureFor(model, view, colors, overlay);
    lastZoom = view.zoom;
    if (!cached) {
      drawMap(ctx, model, view, colors, overlay, 'all');
      return;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(cached.canvas, Math.round((view.x + model.bounds.x * view.zoom - MARGIN) * view.dpr), Math.round((view.y + model.bounds.y * view.zoom - MARGIN) * view.dpr));
    if (overlay.drag) drawMap(ctx, model, view, colors, overlay, 'moving');
    drawMap(ctx, model, view, colors, overlay, 'overlay');
  };
}
