import { createFlagStore } from '../shell/createFlagStore';

/**
 * True while a picture of the canvas is taken (Export → Canvas picture): every node is rendered,
 * not only those in view, and in its full face whatever the zoom, so the picture is the documented
 * flow rather than the map the current view may show.
 */
export const canvasCapture = createFlagStore();
