import { useSyncExternalStore } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { canvasCapture } from '../canvas/canvasCapture';

/**
 * Below this zoom a node's 11–13 px text is under 5 px on screen, so nodes draw a compact face:
 * their title large enough to read, their group colour and badges, and no Handle components.
 */
export const COMPACT_ZOOM = 0.4;

const selectCompact = (s: ReactFlowState) => s.transform[2] < COMPACT_ZOOM;

/**
 * True while the canvas is zoomed out below COMPACT_ZOOM. A boolean selector, so a node re-renders
 * only when the zoom crosses the threshold, never on every frame of a pan or zoom. Edges keep
 * their anchors through plain anchor elements where the handles are (NodeFrame's CompactAnchors).
 * A picture export (canvasCapture) always gets the full face.
 */
export function useCompactNodes(): boolean {
  const zoomedOut = useStore(selectCompact);
  const capturing = useSyncExternalStore(canvasCapture.subscribe, canvasCapture.get);
  return zoomedOut && !capturing;
}
