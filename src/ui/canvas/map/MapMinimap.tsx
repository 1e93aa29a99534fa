import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import { Panel, useStoreApi } from '@xyflow/react';
import { minimapPicture } from './minimapPicture';
import type { MapModel } from './mapModel';

/** React Flow's MiniMap size (Canvas's MINIMAP_STYLE) and the room kept around the flow in it. */
const WIDTH = 168;
const HEIGHT = 112;
const PAD = 6;
/** How far the view's box may leave the picture: its mask (a box-shadow this wide) still covers it. */
const SPREAD = 200;
const STYLE = { width: WIDTH, height: HEIGHT, cursor: 'pointer', touchAction: 'none' } as const;
const PICTURE = { position: 'absolute', pointerEvents: 'none' } as const;
/** The view's box: a compositing layer of its own, so moving it repaints nothing. */
const VIEW = {
  position: 'absolute',
  left: 0,
  top: 0,
  pointerEvents: 'none',
  willChange: 'transform',
  outline: '1px solid var(--border-strong)',
  boxShadow: `0 0 0 ${SPREAD}px var(--xy-minimap-mask-background-color)`,
} as const;

type Frame = { scale: number; ox: number; oy: number; bx: number; by: number };

function frameOf(bounds: MapModel['bounds']): Frame {
  const scale = Math.min((WIDTH - 2 * PAD) / (bounds.width || 1), (HEIGHT - 2 * PAD) / (bounds.height || 1));
  return { scale, ox: (WIDTH - bounds.width * scale) / 2, oy: (HEIGHT - bounds.height * scale) / 2, bx: bounds.x, by: bounds.y };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** An arrow key pans a tenth of the view (Shift: half of it), in the arrow's direction. */
const STEP = 0.1;
const BIG_STEP = 0.5;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const percent = (v: number) => `${Math.round(clamp(v, 0, 1) * 100)} %`;

/**
 * The MiniMap while the map layer draws the flow. React Flow's MiniMap re-frames itself on the
 * view and rewrites its SVG mask on every pan frame, which repaints the page's root layer (2–3 ms
 * a frame at 10,000 nodes on software rendering). Here the nodes are the map's picture, drawn once
 * per document (minimapPicture) and framed on the flow; the view's box is a div on a layer of its
 * own, moved with a transform, its mask a box-shadow around it, so a pan frame only composites.
 * It keeps the MiniMap's class (so the rules that hide it apply), its name, and its behaviour: a
 * press or drag centres the view on that point, the wheel zooms around the view's centre. It is
 * also a keyboard control: focusable, the arrow keys pan the view (Shift for bigger steps), Enter
 * or Space centres the view on the flow, and where the view now is gets announced.
 */
export function MapMinimap({ bounds }: { bounds: MapModel['bounds'] }) {
  const api = useStoreApi();
  const href = useSyncExternalStore(minimapPicture.subscribe, minimapPicture.get);
  const boxRef = useRef<HTMLDivElement>(null);
  const frame = frameOf(bounds);
  const frameRef = useRef(frame);
  frameRef.current = frame;
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;
  const helpId = useId();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    let lastW = -1;
    let lastH = -1;
    let last: unknown = null;
    let lastSize = '';
    const place = () => {
      const box = boxRef.current;
      const { transform, width, height } = api.getState();
      if (!box) return;
      const [tx, ty, zoom] = transform;
      const f = frameRef.current;
      const w = Math.round((width / zoom) * f.scale);
      const h = Math.round((height / zoom) * f.scale);
      // Size only changes with the zoom: a pan frame writes the transform alone (no layout).
      if (w !== lastW || h !== lastH) {
        box.style.width = `${w}px`;
        box.style.height = `${h}px`;
        lastW = w;
        lastH = h;
      }
      const left = clamp(f.ox + (-tx / zoom - f.bx) * f.scale, -w - 1, WIDTH + 1);
      const top = clamp(f.oy + (-ty / zoom - f.by) * f.scale, -h - 1, HEIGHT + 1);
      box.style.transform = `translate(${left}px, ${top}px)`;
    };
    place();
    return api.subscribe((s) => {
      const size = `${s.width}x${s.height}`;
      if (s.transform === last && size === lastSize) return;
      last = s.transform;
      lastSize = size;
      place();
    });
  }, [api, frame.scale, frame.ox, frame.oy, frame.bx, frame.by]);

  const centreOn = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const f = frameRef.current;
    const fx = f.bx + (e.clientX - rect.left - f.ox) / f.scale;
    const fy = f.by + (e.clientY - rect.top - f.oy) / f.scale;
    const { width, height, transform, panZoom } = api.getState();
    const zoom = transform[2];
    void panZoom?.setViewport({ x: width / 2 - fx * zoom, y: height / 2 - fy * zoom, zoom });
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    centreOn(e);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.buttons & 1 && e.currentTarget.hasPointerCapture?.(e.pointerId)) centreOn(e);
  };
  /** Moves the view (screen offset x, y at the same zoom) and says where it is on the flow. */
  const panTo = (x: number, y: number) => {
    const { width, height, transform, panZoom } = api.getState();
    const zoom = transform[2];
    const b = boundsRef.current;
    const cx = (width / 2 - x) / zoom;
    const cy = (height / 2 - y) / zoom;
    void panZoom?.setViewport({ x, y, zoom });
    setAnnouncement(`View at ${percent((cx - b.x) / (b.width || 1))} across and ${percent((cy - b.y) / (b.height || 1))} down the flow`);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const { width, height, transform } = api.getState();
    const [tx, ty, zoom] = transform;
    const arrow = ARROWS[e.key];
    if (arrow) {
      const step = e.shiftKey ? BIG_STEP : STEP;
      panTo(tx - arrow[0] * width * step, ty - arrow[1] * height * step);
    } else if (e.key === 'Enter' || e.key === ' ') {
      const b = boundsRef.current;
      panTo(width / 2 - (b.x + b.width / 2) * zoom, height / 2 - (b.y + b.height / 2) * zoom);
    } else return;
    e.preventDefault();
  };
  const onWheel = (e: WheelEvent<HTMLDivElement>) => {
    const { width, height, transform, panZoom, minZoom, maxZoom } = api.getState();
    const [tx, ty, zoom] = transform;
    const next = clamp(zoom * Math.pow(2, -e.deltaY * 0.002), minZoom, maxZoom);
    const cx = (width / 2 - tx) / zoom;
    const cy = (height / 2 - ty) / zoom;
    void panZoom?.setViewport({ x: width / 2 - cx * next, y: height / 2 - cy * next, zoom: next });
  };

  return (
    <Panel
      position="bottom-right"
      className="react-flow__minimap map-minimap"
      style={STYLE}
      role="application"
      aria-roledescription="minimap"
      aria-label="Mini map"
      aria-describedby={helpId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onWheel={onWheel}
    >
      {href && (
        <img
          src={href}
          alt=""
          draggable={false}
          style={{ ...PICTURE, left: frame.ox, top: frame.oy, width: bounds.width * frame.scale, height: bounds.height * frame.scale }}
        />
      )}
      <div ref={boxRef} className="map-minimap-view" style={VIEW} />
      <p id={helpId} className="visually-hidden">
        The whole flow in miniature, with a box where the view is. Arrow keys pan the view, Shift and an arrow pans further; Enter or Space centres the view on the flow.
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </Panel>
  );
}
