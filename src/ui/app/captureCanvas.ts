import { getNodesBounds, getViewportForBounds, type ReactFlowInstance } from '@xyflow/react';
import { canvasCapture } from '../canvas/canvasCapture';

export type PictureFormat = 'svg' | 'png';

/** Space around the outermost nodes, in picture pixels. */
const MARGIN = 40;
/** Large flows are scaled down to fit this; browsers refuse much larger canvases. */
const MAX_SIDE = 4096;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** SVG paint that React Flow and our canvas CSS set through stylesheets. */
const SVG_PAINT = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill', 'opacity'] as const;

/**
 * html-to-image inlines the computed style of HTML elements but not of the shapes inside an
 * <svg>, so edges styled by CSS (stroke colour and width) come out invisible. Inline their paint
 * for the capture; the returned function restores the original inline styles.
 */
function inlineSvgPaint(root: HTMLElement): () => void {
  const restores: (() => void)[] = [];
  for (const shape of root.querySelectorAll<SVGElement>('svg path, svg circle, svg rect, svg polyline, svg line')) {
    const before = shape.getAttribute('style');
    const computed = getComputedStyle(shape);
    for (const property of SVG_PAINT) shape.style.setProperty(property, computed.getPropertyValue(property));
    restores.push(() => (before === null ? shape.removeAttribute('style') : shape.setAttribute('style', before)));
  }
  return () => restores.forEach((restore) => restore());
}

/**
 * A picture of the whole flow as a data URL, framed on all nodes whatever the current pan and zoom
 * (getNodesBounds + getViewportForBounds, as React Flow's own image-export recipe does; the frame
 * is applied to html-to-image's copy, so the user's view never moves). The canvas renders only the
 * nodes in view, and zoomed out their compact face: canvasCapture has it render every node in full
 * for the capture.
 */
export async function captureCanvas(flow: ReactFlowInstance, viewportElement: HTMLElement, format: PictureFormat): Promise<string> {
  const nodes = flow.getNodes();
  if (nodes.length === 0) throw new Error('The canvas is empty: add a node before exporting a picture');
  canvasCapture.set(true);
  let restoreStyles = () => {};
  try {
    await nextFrame();
    await nextFrame();
    restoreStyles = inlineSvgPaint(viewportElement);
    const bounds = getNodesBounds(nodes);
    const width = Math.min(MAX_SIDE, Math.ceil(bounds.width + 2 * MARGIN));
    const height = Math.min(MAX_SIDE, Math.ceil(bounds.height + 2 * MARGIN));
    const view = getViewportForBounds(bounds, width, height, 0.05, 1, `${MARGIN}px`);
    const background = getComputedStyle(viewportElement).getPropertyValue('--bg-canvas').trim() || '#ffffff';
    const options = {
      // Copy computed values, not custom properties: they are already resolved in the values, and
      // once Monaco has loaded, the root carries hundreds of --vscode-* ones, which made html-to-image
      // copy each onto every element (an SVG export took 39 s instead of 5 s after opening the JSON tab).
      includeStyleProperties: [...getComputedStyle(document.documentElement)].filter((property) => !property.startsWith('--')),
      width,
      height,
      backgroundColor: background,
      // Fonts are the system's; skipping the web-font pass keeps export offline and fast.
      skipFonts: true,
      style: { width: `${width}px`, height: `${height}px`, transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` },
    };
    // html-to-image is only needed here: it loads with the first picture export, not with the app.
    const { toPng, toSvg } = await import('html-to-image');
    return format === 'svg' ? await toSvg(viewportElement, options) : await toPng(viewportElement, options);
  } finally {
    restoreStyles();
    canvasCapture.set(false);
  }
}
