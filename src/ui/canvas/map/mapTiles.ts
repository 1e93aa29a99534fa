/**
 * The map's picture cache, without the DOM: the flow drawn at one zoom is cut into square tiles in
 * "zoomed flow" space (flow coordinates × zoom, in CSS pixels), so tile (col, row) always shows the
 * same part of the flow at that zoom wherever the view is panned. A pan frame blits the cached
 * tiles in view; only tiles never drawn at this zoom are drawn. Everything in a tile's signature
 * (the document model, zoom, pixel ratio, colours, what the base picture leaves out) invalidates
 * all tiles at once; the marks drawn over them (selection, hover, simulator, coverage) do not.
 */

export interface TileBox {
  col: number;
  row: number;
}

export interface ViewRect {
  /** Screen offset of flow (0, 0), CSS px. */
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Tiles (of `size` CSS px at `tileZoom`) needed to cover what `view` shows of the flow's `bounds`
 * grown by `pad` flow units. When `tileZoom` differs from the view's zoom (tiles scaled during a
 * zoom gesture), the view is mapped into the tiles' space.
 */
export function tilesInView(view: ViewRect, bounds: Bounds, tileZoom: number, size: number, pad = 0): TileBox[] {
  if (!(bounds.width >= 0) || !(view.zoom > 0) || !(tileZoom > 0)) return [];
  // The part of the flow on screen, in flow units, clipped to the flow's bounds.
  const left = Math.max(-view.x / view.zoom, bounds.x - pad);
  const top = Math.max(-view.y / view.zoom, bounds.y - pad);
  const right = Math.min((view.width - view.x) / view.zoom, bounds.x + bounds.width + pad);
  const bottom = Math.min((view.height - view.y) / view.zoom, bounds.y + bounds.height + pad);
  if (right <= left || bottom <= top) return [];
  const c0 = Math.floor((left * tileZoom) / size);
  const c1 = Math.ceil((right * tileZoom) / size) - 1;
  const r0 = Math.floor((top * tileZoom) / size);
  const r1 = Math.ceil((bottom * tileZoom) / size) - 1;
  const out: TileBox[] = [];
  for (let row = r0; row <= r1; row++) for (let col = c0; col <= c1; col++) out.push({ col, row });
  return out;
}

export const tileKey = (t: TileBox) => `${t.col},${t.row}`;

/**
 * Tiles of one signature, least recently used first out once more than `max` are kept. A new
 * signature (compared field by field with ===) drops every tile; `dispose` releases each dropped one.
 */
export class TileCache<Sig extends object, T> {
  private tiles = new Map<string, T>();
  private sig: Sig | null = null;

  constructor(
    private readonly max: number,
    private readonly dispose: (tile: T) => void = () => undefined,
  ) {}

  get signature(): Sig | null {
    return this.sig;
  }

  get size(): number {
    return this.tiles.size;
  }

  /** Makes `sig` current; true when it differs from the previous one (and the tiles were dropped). */
  use(sig: Sig): boolean {
    if (this.sig && sameSignature(this.sig, sig)) return false;
    this.clear();
    this.sig = sig;
    return true;
  }

  /** Whether the current signature equals `sig`, without changing anything. */
  matches(sig: Sig): boolean {
    return !!this.sig && sameSignature(this.sig, sig);
  }

  get(key: string): T | undefined {
    const tile = this.tiles.get(key);
    if (tile !== undefined) {
      // Most recently used last.
      this.tiles.delete(key);
      this.tiles.set(key, tile);
    }
    return tile;
  }

  has(key: string): boolean {
    return this.tiles.has(key);
  }

  set(key: string, tile: T) {
    const old = this.tiles.get(key);
    if (old !== undefined && old !== tile) this.dispose(old);
    this.tiles.delete(key);
    this.tiles.set(key, tile);
    while (this.tiles.size > this.max) {
      const [oldest, value] = this.tiles.entries().next().value as [string, T];
      this.tiles.delete(oldest);
      this.dispose(value);
    }
  }

  /** Keeps only the `max` most recently used tiles. */
  trim(max: number) {
    for (const [key, tile] of this.tiles) {
      if (this.tiles.size <= max) break;
      this.tiles.delete(key);
      this.dispose(tile);
    }
  }

  /** Drops every tile and the signature. */
  clear() {
    for (const tile of this.tiles.values()) this.dispose(tile);
    this.tiles.clear();
    this.sig = null;
  }
}

function sameSignature(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}
