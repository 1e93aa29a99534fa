import { readMapColors } from './drawMap';
import { minimapPicture } from './mapFrame';
import type { MapModel } from './mapModel';

/** The longest side of the MiniMap's picture, in pixels (the MiniMap is 168 × 112 on screen). */
const SIDE = 480;

/**
 * Draws every node as a box in its group colour, framed on the flow's bounds, for the MiniMap to
 * show while React Flow's own nodes are hidden (mapFrame). Runs once per document revision, when
 * the browser is idle, so an edit never waits for it.
 */
let published: { model: MapModel; groups: string[] } | null = null;

export function publishMinimapPicture(model: MapModel): () => void {
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 50));
  const cancel = window.cancelIdleCallback ?? window.clearTimeout;
  const handle = idle(() => {
    const { bounds } = model;
    if (!model.count || !bounds.width || !bounds.height) return;
    const scale = SIDE / Math.max(bounds.width, bounds.height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(bounds.width * scale));
    canvas.height = Math.max(1, Math.ceil(bounds.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const colors = readMapColors(document.querySelector('.canvas') ?? document.documentElement);
    // The map layer mounts on every zoom-out: the same document in the same colours is drawn already.
    if (published?.model === model && published.groups === colors.groups && minimapPicture.get()) return;
    published = { model, groups: colors.groups };
    ctx.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);
    const paths = colors.groups.map(() => new Path2D());
    for (let i = 0; i < model.count; i++) paths[model.group[i]].rect(model.x[i], model.y[i], model.w[i], model.h[i]);
    paths.forEach((path, g) => {
      ctx.fillStyle = colors.groups[g];
      ctx.fill(path);
    });
    minimapPicture.set(canvas.toDataURL());
  });
  return () => cancel(handle as number);
}
