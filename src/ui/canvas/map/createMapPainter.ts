import { drawMap, mapOverhang, type MapColors, type MapOverlay, type MapView } from './drawMap';
import type { MapModel } from './mapModel';
import { TileCache, tileKey, tilesInView, type TileBox } from './mapTiles';

/** A tile's side in device pixels (its side in CSS pixels is this ÷ devicePixelRatio). */
const TILE = 512;
/** Tiles kept (LRU), 1 MB of pixels each: a 1280 × 800 view needs 6 to 12 of them. */
const MAX_TILES = 48;
/** Drawn during a zoom gesture, tiles cover this much of the view's size more on each side. */
const ZOOM_ROOM = 0.25;
/** Tiles kept while the map is not shown: a fitted view of a large flow is a handful. */
const KEEP_TILES = 8;
/** A zoom held this long is drawn crisp; until then the tiles of the previous zoom are scaled. */
export const SETTLE_MS = 120;

interface Signature {
  model: MapModel;
  zoom: number;
  dpr: number;
  colors: MapColors;
  pathEdges: ReadonlySet<number>;
  moving: ReadonlySet<number> | undefined;
}

const releaseCanvas = (canvas: HTMLCanvasElement) => {
  // Frees the pixels now rather than at the next garbage collection.
  canvas.width = 0;
  canvas.height = 0;
};

/** One cache for every mount of the map layer: zooming out again to the same zoom finds its tiles. */
const sharedTiles = new TileCache<Signature, HTMLCanvasElement>(MAX_TILES, releaseCanvas);

function renderTile(t: TileBox, sig: Signature, overlay: MapOverlay): HTMLCanvasElement | null {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = TILE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const side = TILE / sig.dpr;
  drawMap(ctx, sig.model, { x: -t.col * side, y: -t.row * side, zoom: sig.zoom, width: side, height: side, dpr: sig.dpr }, sig.colors, overlay, 'base');
  return canvas;
}

const NONE: ReadonlySet<number> = new Set();

/**
 * Draws ahead the tiles a view of the map will need (FlowMinimap: the whole flow fitted, the view
 * Fit view and a zoom-out land on), one tile per `more()` that says yes, so the map's first frame
 * there is a few drawImage calls instead of drawing the whole flow. The signature is the one the
 * map layer will paint with (same model, colours and path-edge set objects). Returns true once
 * every tile is in the cache; call again (the next idle period) while it returns false.
 */
export function warmTiles(model: MapModel, view: MapView, colors: MapColors, pathEdges: ReadonlySet<number>, more: () => boolean, cache = sharedTiles): boolean {
  const sig: Signature = { model, zoom: view.zoom, dpr: view.dpr, colors, pathEdges, moving: undefined };
  const need = tilesInView(view, model.bounds, sig.zoom, TILE / sig.dpr, mapOverhang(sig.zoom));
  if (!need.length || need.length > MAX_TILES) return true;
  if (!cache.matches(sig)) {
    if (!more()) return false;
    cache.use(sig);
  }
  const overlay: MapOverlay = { selected: NONE, hovered: -1, drag: null, pathNodes: NONE, pathEdges, uncovered: NONE, breakpoints: NONE, active: -1, halted: -1, box: null };
  for (const t of need) {
    if (cache.has(tileKey(t))) continue;
    if (!more()) return false;
    const tile = renderTile(t, sig, overlay);
    if (!tile) return true;
    cache.set(tileKey(t), tile);
  }
  return true;
}

/**
 * Paints the map. Software-rendered canvas spends most of a frame rasterising thousands of boxes
 * and lines, so the flow (without what is being dragged and without the marks) is drawn once per
 * zoom into cached tiles (mapTiles), and a pan frame is a few drawImage calls plus the marks drawn
 * over them: selection, hover, the simulator's path nodes and coverage, which never invalidate
 * the tiles. During a zoom gesture the previous zoom's tiles are scaled; once the zoom has held for
 * SETTLE_MS the tiles are drawn again at the new zoom (a redraw is requested then), so the map is
 * crisp as soon as the gesture ends. Where the old tiles do not cover the view, the frame is drawn
 * directly (culled to the view).
 */
export function createMapPainter(requestDraw: () => void, cache = sharedTiles) {
  let lastZoom = NaN;
  let zoomSince = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const settleLater = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(requestDraw, Math.max(0, ms));
  };

  /**
   * Blits the cached tiles that cover the view, at their zoom scaled to the view's. With `fill`,
   * missing tiles are drawn first; without it, returns false (drawing nothing) if one is missing.
   */
  function blit(ctx: CanvasRenderingContext2D, view: MapView, model: MapModel, overlay: MapOverlay, fill: boolean, grow = 0): boolean {
    const sig = cache.signature!;
    const around = grow ? { ...view, x: view.x + grow * view.width, y: view.y + grow * view.height, width: view.width * (1 + 2 * grow), height: view.height * (1 + 2 * grow) } : view;
    const need = tilesInView(around, model.bounds, sig.zoom, TILE / sig.dpr, mapOverhang(sig.zoom));
    if (need.length > MAX_TILES) return false;
    const tiles: [TileBox, HTMLCanvasElement][] = [];
    for (const t of need) {
      let tile = cache.get(tileKey(t));
      if (!tile && fill) {
        tile = renderTile(t, sig, overlay) ?? undefined;
        if (tile) cache.set(tileKey(t), tile);
      }
      if (!tile) return false;
      tiles.push([t, tile]);
    }
    const { dpr } = view;
    const scale = view.zoom / sig.zoom;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (scale === 1) {
      // Whole device pixels from one rounded origin: tiles meet without seams.
      const ox = Math.round(view.x * dpr);
      const oy = Math.round(view.y * dpr);
      for (const [t, tile] of tiles) ctx.drawImage(tile, ox + t.col * TILE, oy + t.row * TILE);
    } else {
      const side = TILE * scale;
      for (const [t, tile] of tiles) ctx.drawImage(tile, view.x * dpr + t.col * side, view.y * dpr + t.row * side, side, side);
    }
    return true;
  }

  function paint(ctx: CanvasRenderingContext2D, model: MapModel, view: MapView, colors: MapColors, overlay: MapOverlay) {
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    const now = performance.now();
    if (view.zoom !== lastZoom) zoomSince = now;
    lastZoom = view.zoom;
    const sig: Signature = { model, zoom: view.zoom, dpr: view.dpr, colors, pathEdges: overlay.pathEdges, moving: overlay.drag?.nodes };
    const held = now - zoomSince;
    const old = cache.signature;
    // Only the zoom differs from the cached tiles' (a zoom gesture): scale them until it settles.
    const zooming = !!old && old.zoom !== view.zoom && held < SETTLE_MS && cache.matches({ ...sig, zoom: old.zoom });
    let drawn = false;
    if (zooming) {
      settleLater(SETTLE_MS - held);
      drawn = blit(ctx, view, model, overlay, false);
    }
    if (!drawn) {
      // Zoomed out past what the old tiles hold: tiles at this zoom, with room to zoom out further.
      cache.use(sig);
      drawn = blit(ctx, view, model, overlay, true, zooming ? ZOOM_ROOM : 0);
    }
    if (!drawn) {
      // More tiles than the cache holds (a huge screen), or no 2D context for one.
      drawMap(ctx, model, view, colors, overlay, 'all');
      return;
    }
    if (overlay.drag) drawMap(ctx, model, view, colors, overlay, 'moving');
    drawMap(ctx, model, view, colors, overlay, 'overlay');
  }

  return {
    paint,
    /** The layer unmounts (zoomed in past 40 %): a few tiles stay for the next zoom-out. */
    dispose() {
      clearTimeout(timer);
      cache.trim(KEEP_TILES);
    },
  };
}
