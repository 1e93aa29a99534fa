import type { Viewport } from '@xyflow/react';

/**
 * The last view the editor chose by itself (on opening a flow, after Tidy layout), per React Flow
 * store. While the view is still that one, the designer has not moved it, so when the canvas
 * changes size (the Simulator opens below it, a panel is resized) the view is chosen again for the
 * new size rather than leaving nodes cut at the edge or under the controls.
 */
const chosen = new WeakMap<object, Viewport>();

export function rememberAutoViewport(store: object, view: Viewport): void {
  chosen.set(store, view);
}

export function isAutoViewport(store: object, view: Viewport): boolean {
  const auto = chosen.get(store);
  return !!auto && Math.abs(auto.x - view.x) < 0.5 && Math.abs(auto.y - view.y) < 0.5 && Math.abs(auto.zoom - view.zoom) < 1e-3;
}
