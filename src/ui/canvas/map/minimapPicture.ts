import { readMapColors } from './drawMap';
import type { MapModel } from './mapModel';

/** The longest side of the minimap's picture, in pixels (the minimap is 168 × 112 on screen). */
const SIDE = 480;

let picture = '';
const listeners = new Set<() => void>();

/** The minimap's picture of all nodes (a data URL), drawn by publishMinimapPicture. */
export const minimapPicture = {
  get: () => picture,
  set(next: string) {
    if (next === picture) return;
    picture = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

let published: { model: MapModel; groups: string[] } | null = null;

/**
 * Draws every node as a box in its group colour, framed on the flow's bounds, for the map's
 * minimap (MapMinimap). Called when the browser is idle (FlowMinimap), so an edit never waits for
 * it; the same document in the same colours is not drawn twice.
 */
export function publishMinimapPicture(model: MapModel) {
  const { bounds } = model;
  if (!model.count || !bounds.width || !bounds.height) return;
  const colors = readMapColors(document.querySelector('.canvas') ?? document.documentElement);
  if (published?.model === model && published.groups === colors.groups && picture) return;
  const scale = SIDE / Math.max(bounds.width, bounds.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(bounds.width * scale));
  canvas.height = Math.max(1, Math.ceil(bounds.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  published = { model, groups: colors.groups };
  ctx.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);
  const paths = colors.groups.map(() => new Path2D());
  for (let i = 0; i < model.count; i++) paths[model.group[i]].rect(model.x[i], model.y[i], model.w[i], model.h[i]);
  paths.forEach((path, g) => {
    ctx.fillStyle = colors.groups[g];
    ctx.fill(path);
  });
  minimapPicture.set(canvas.toDataURL());
}
