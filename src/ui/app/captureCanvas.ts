import { getNodesBounds, getViewportForBounds, type ReactFlowInstance } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

export type PictureFormat = 'svg' | 'png';

/** Space around the outermost nodes, in picture pixels. */
const MARGIN = 40;
/** Large flows are scaled down to fit this; browsers refuse much larger canvases. */
const MAX_SIDE = 4096;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * A picture of the whole flow as a data URL, framed on all nodes whatever the current pan and zoom
 * (getNodesBounds + getViewportForBounds, as React Flow's own image-export recipe does).
 * The canvas only renders visible nodes (onlyRenderVisibleElements), so it fits the view first so
 * every node is in the DOM, and puts the user's viewport back afterwards.
 */
export async function captureCanvas(flow: ReactFlowInstance, viewportElement: HTMLElement, format: PictureFormat): Promise<string> {
  const nodes = flow.getNodes();
  if (nodes.length === 0) throw new Error('The canvas is empty: add a node before exporting a picture');
  const saved = flow.getViewport();
  await flow.fitView({ duration: 0 });
  await nextFrame();
  await nextFrame();
  try {
    const bounds = getNodesBounds(nodes);
    const width = Math.min(MAX_SIDE, Math.ceil(bounds.width + 2 * MARGIN));
    const height = Math.min(MAX_SIDE, Math.ceil(bounds.height + 2 * MARGIN));
    const view = getViewportForBounds(bounds, width, height, 0.05, 1, `${MARGIN}px`);
    const background = getComputedStyle(viewportElement).getPropertyValue('--bg-canvas').trim() || '#ffffff';
    const options = {
      width,
      height,
      backgroundColor: background,
      // Fonts are the system's; skipping the web-font pass keeps export offline and fast.
      skipFonts: true,
      style: { width: `${width}px`, height: `${height}px`, transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` },
    };
    return format === 'svg' ? await toSvg(viewportElement, options) : await toPng(viewportElement, options);
  } finally {
    await flow.setViewport(saved);
  }
}
