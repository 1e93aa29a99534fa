import { describe, expect, it } from 'vitest';
import { TileCache, tileKey, tilesInView } from '../../src/ui/canvas/map/mapTiles';
import { mapModelFor, pathEdgeIndices } from '../../src/ui/canvas/map/mapModel';
import { mapOverhang } from '../../src/ui/canvas/map/drawMap';
import { createNode, makeFlow } from './renderEditor';

const keys = (tiles: { col: number; row: number }[]) => tiles.map(tileKey).sort();

describe('the tiles that cover the view', () => {
  const bounds = { x: 0, y: 0, width: 6000, height: 20000 };

  it('covers what the view shows of the flow, in 512 px tiles of the zoomed flow', () => {
    // At zoom 0.1 the flow is 600 × 2000 px; the view shows its top 800 px from the pane's corner.
    const tiles = tilesInView({ x: 0, y: 0, zoom: 0.1, width: 1280, height: 800 }, bounds, 0.1, 512);
    expect(keys(tiles)).toEqual(['0,0', '0,1', '1,0', '1,1']);
  });

  it('follows a pan: the tile a flow point lies in does not depend on the view', () => {
    // Panned 300 px left and 600 px up: zoomed flow x 300–600 (its right edge), y 600–1400.
    const view = { x: -300, y: -600, zoom: 0.1, width: 1280, height: 800 };
    const tiles = tilesInView(view, bounds, 0.1, 512);
    expect(keys(tiles)).toEqual(['0,1', '0,2', '1,1', '1,2']);
    expect(tilesInView({ ...view, x: -5000 }, bounds, 0.1, 512)).toEqual([]);
  });

  it('reaches into neighbours by the overhang, and maps a zoomed view into the tiles of another zoom', () => {
    const view = { x: 0, y: 0, zoom: 1, width: 512, height: 512 };
    const near = { x: 0, y: 0, width: 512, height: 512 };
    expect(keys(tilesInView(view, near, 1, 512))).toEqual(['0,0']);
    expect(keys(tilesInView({ ...view, x: -10, y: -10 }, near, 1, 512, 20))).toEqual(['0,0', '0,1', '1,0', '1,1']);
    // Zoomed in 2× on the same spot: the view shows a quarter of what tile (0, 0) at zoom 1 holds.
    expect(keys(tilesInView({ ...view, zoom: 2 }, near, 1, 512))).toEqual(['0,0']);
  });

  it('grows the overhang as the zoom shrinks (badges keep their size on screen)', () => {
    expect(mapOverhang(0.05)).toBeGreaterThan(mapOverhang(0.3));
    expect(mapOverhang(0.05) * 0.05).toBeGreaterThanOrEqual(10);
  });
});

describe('the tile cache', () => {
  const model = {};
  const colors = {};
  const sig = (over: object = {}) => ({ model, zoom: 0.1, colors, ...over });

  it('keeps tiles while the signature holds and drops all of them when any part of it changes', () => {
    const dropped: string[] = [];
    const cache = new TileCache<ReturnType<typeof sig>, string>(10, (t) => dropped.push(t));
    expect(cache.use(sig())).toBe(true);
    cache.set('0,0', 'a');
    cache.set('1,0', 'b');
    expect(cache.use(sig())).toBe(false);
    expect(cache.get('0,0')).toBe('a');
    expect(cache.matches(sig({ zoom: 0.2 }))).toBe(false);
    expect(cache.use(sig({ zoom: 0.2 }))).toBe(true);
    expect(cache.size).toBe(0);
    expect(dropped.sort()).toEqual(['a', 'b']);
    cache.set('0,0', 'c');
    expect(cache.use(sig({ zoom: 0.2, colors: {} }))).toBe(true);
    expect(dropped).toContain('c');
  });

  it('drops the least recently used tile past its size, and trims to a few', () => {
    const dropped: string[] = [];
    const cache = new TileCache<object, string>(3, (t) => dropped.push(t));
    cache.use(sig());
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('c', 'C');
    cache.get('a');
    cache.set('d', 'D');
    expect(dropped).toEqual(['B']);
    expect(cache.has('a') && cache.has('c') && cache.has('d')).toBe(true);
    cache.trim(1);
    expect(dropped).toEqual(['B', 'C', 'A']);
    expect(cache.has('d')).toBe(true);
  });
});

describe('the map model across mounts', () => {
  const flow = makeFlow([createNode('trigger_human_requested', 't1'), createNode('message', 'm1')], [{ id: 'e1', source: 't1', sourcePort: 'next', target: 'm1' }]);

  it('is built once per document and diagnostics, so cached tiles keyed on it stay valid', () => {
    const problems = new Map();
    const model = mapModelFor(flow, problems);
    expect(mapModelFor(flow, problems)).toBe(model);
    expect(mapModelFor(flow, new Map())).not.toBe(model);
    expect(mapModelFor({ ...flow }, problems)).not.toBe(model);
  });

  it('gives the same set of path edges for the same run, and one empty set without a run', () => {
    const model = mapModelFor(flow, new Map());
    const path = ['e1'];
    expect([...pathEdgeIndices(model, path)]).toEqual([0]);
    expect(pathEdgeIndices(model, path)).toBe(pathEdgeIndices(model, path));
    expect(pathEdgeIndices(model, undefined)).toBe(pathEdgeIndices(model, []));
    expect([...pathEdgeIndices(model, ['missing'])]).toEqual([]);
  });
});
