import { createFlagStore } from './createFlagStore';

/**
 * Whether a palette drag is over the canvas right now. A tiny external store rather than a
 * dnd-kit droppable: the canvas is in the first paint, dnd-kit loads later (src/ui/palette/PaletteDnd),
 * so the drag sets this and the canvas only subscribes (useSyncExternalStore).
 */
export const canvasDropHover = createFlagStore();
