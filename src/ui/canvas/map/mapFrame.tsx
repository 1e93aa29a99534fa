import { memo, useSyncExternalStore } from 'react';
import { MiniMapNode, type MiniMapNodeProps } from '@xyflow/react';

/**
 * While the map layer draws the flow, React Flow's nodes are hidden (no DOM), and React Flow's
 * MiniMap and fit view skip hidden nodes. One invisible frame node spanning the whole flow keeps
 * both whole: fit view frames it, and the MiniMap draws it with the map's own picture of the nodes.
 * It takes no pointer events (canvas.css) and is never selected, focused or dragged.
 */
export const MAP_FRAME_ID = '__map-frame';
export const MAP_FRAME_TYPE = 'mapFrame';

export function MapFrameNode() {
  return <div className="map-frame" aria-hidden="true" />;
}

let picture = '';
const listeners = new Set<() => void>();

/** The map layer publishes the MiniMap's picture of all nodes here (a data URL). */
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

/** The MiniMap's node: React Flow's own, or for the frame the map's picture of every node. */
export const MinimapNode = memo(function MinimapNode(props: MiniMapNodeProps) {
  const href = useSyncExternalStore(minimapPicture.subscribe, minimapPicture.get);
  if (props.id !== MAP_FRAME_ID) return <MiniMapNode {...props} />;
  return href ? <image href={href} x={props.x} y={props.y} width={props.width} height={props.height} preserveAspectRatio="none" /> : null;
});
