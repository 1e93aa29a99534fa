/**
 * While the map layer draws the flow, React Flow's nodes are hidden (no DOM), and fit view skips
 * hidden nodes. One invisible frame node spanning the whole flow keeps it whole: fit view frames
 * it. It takes no pointer events (canvas.css) and is never selected, focused or dragged.
 */
export const MAP_FRAME_ID = '__map-frame';
export const MAP_FRAME_TYPE = 'mapFrame';

export function MapFrameNode() {
  return <div className="map-frame" aria-hidden="true" />;
}
