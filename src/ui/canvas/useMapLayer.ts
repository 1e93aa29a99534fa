import { useEffect, useState, type ComponentType } from 'react';

/** The map's chunk: the layer itself and the minimap a large flow shows at every zoom. */
export interface MapChunk {
  MapLayer: ComponentType<{ colorMode: 'light' | 'dark' }>;
  FlowMinimap: ComponentType<{ colorMode: 'light' | 'dark'; mapShown: boolean }>;
}

let loaded: MapChunk | null = null;
let loading: Promise<MapChunk> | null = null;

/**
 * The map layer's components once their chunk (the layer, its minimap and flatbush) has loaded, else null. Asked
 * for only when a large flow is open, and then when the browser is idle after the first paint, so
 * neither the initial JavaScript nor the first view pays for it. Until it is there, zooming out
 * draws the compact DOM faces as before; a chunk that cannot load leaves them for good ('failed').
 */
export function useMapLayer(wanted: boolean): MapChunk | null | 'failed' {
  const [component, setComponent] = useState<MapChunk | null | 'failed'>(() => loaded);
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(
      () => {
        loading ??= import('./map/MapLayer').then((m) => (loaded = { MapLayer: m.default, FlowMinimap: m.FlowMinimap }));
        loading.then(
          (c) => live && setComponent(() => c),
          () => live && setComponent('failed'),
        );
      },
      { timeout: 1000 },
    );
    return () => {
      live = false;
      cancel(handle as number);
    };
  }, [wanted, component]);
  return component;
}
