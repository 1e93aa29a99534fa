import { describe, expect, it } from 'vitest';
import { initialViewport, MAX_OPEN_ZOOM, READABLE_ZOOM } from '../../src/ui/canvas/initialViewport';
import { nodeGeometry } from '../../src/ui/nodes/nodeGeometry';
import { templates } from '../../src/storage/templates';
import type { Flow, FlowNode } from '../../src/schema';
import { createNode, makeFlow } from './renderEditor';

/** The canvas between palette, inspector and bottom panel in a 1280×800 window. */
const CANVAS = { width: 700, height: 532 };

/** Where a node lands on screen under a viewport. */
function onScreen(flow: Flow, node: FlowNode, view: { x: number; y: number; zoom: number }) {
  const { x, y } = flow.layout.nodes[node.id];
  const { width, height } = nodeGeometry(node);
  return { left: view.x + x * view.zoom, top: view.y + y * view.zoom, right: view.x + (x + width) * view.zoom, bottom: view.y + (y + height) * view.zoom };
}

const inside = (box: ReturnType<typeof onScreen>) => box.left >= 0 && box.top >= 0 && box.right <= CANVAS.width && box.bottom <= CANVAS.height;
const outside = (box: ReturnType<typeof onScreen>) => box.right <= 0 || box.bottom <= 0 || box.left >= CANVAS.width || box.top >= CANVAS.height;

describe('initialViewport', () => {
  it('fits a flow whole when its text stays readable, never above 100 %', () => {
    const flow = makeFlow([createNode('trigger_human_requested', 't1'), createNode('pause', 'p1')]);
    const view = initialViewport(flow, CANVAS);
    expect(view.zoom).toBe(1);
    for (const node of flow.nodes) expect(inside(onScreen(flow, node, view))).toBe(true);

    const wide = makeFlow(['a', 'b', 'c'].map((id) => createNode('message', id)));
    const fitted = initialViewport(wide, CANVAS);
    expect(fitted.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(fitted.zoom).toBeLessThan(1);
    for (const node of wide.nodes) expect(inside(onScreen(wide, node, fitted))).toBe(true);
  });

  it.each(templates.map((t) => [t.name, t.flow] as const))('opens the %s template readable, its triggers at the left edge, no node cut by the edge', (_name, flow) => {
    const view = initialViewport(flow, CANVAS);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(view.zoom).toBeLessThanOrEqual(MAX_OPEN_ZOOM);
    // No node cut by the left or right edge (reading goes left to right); one may run on below the bottom.
    const cut = (b: ReturnType<typeof onScreen>) => !outside(b) && (b.left < 0 || b.right > CANVAS.width);
    expect(flow.nodes.filter((n) => cut(onScreen(flow, n, view))).map((n) => n.id)).toEqual([]);
    const triggers = flow.nodes.filter((n) => n.type.startsWith('trigger_')).map((n) => onScreen(flow, n, view));
    const left = Math.min(...triggers.map((b) => b.left));
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(120);
    // The first trigger is wholly in view; nothing of the flow starts left of the canvas.
    expect(triggers.some(inside)).toBe(true);
    for (const node of flow.nodes) expect(onScreen(flow, node, view).left).toBeGreaterThan(0);
  });

  it('opens a flow taller than the canvas with its top trigger at the top', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => createNode('trigger_human_requested', id));
    const tall = makeFlow(nodes, [], { layout: { nodes: Object.fromEntries(nodes.map((n, i) => [n.id, { x: 0, y: i * 400 }])) } });
    const view = initialViewport(tall, CANVAS);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    const first = onScreen(tall, nodes[0], view);
    expect(inside(first)).toBe(true);
    expect(first.top).toBeLessThan(100);
  });

  it('shows the whole flow as a map on a canvas too small for one readable node', () => {
    const flow = templates[2].flow;
    const tiny = { width: 200, height: 150 };
    const view = initialViewport(flow, tiny);
    expect(view.zoom).toBeLessThan(READABLE_ZOOM);
    for (const node of flow.nodes) {
      const box = onScreen(flow, node, view);
      expect(box.left >= 0 && box.top >= 0 && box.right <= tiny.width && box.bottom <= tiny.height).toBe(true);
    }
  });

  it('leaves an empty flow at the origin and 100 %', () => {
    expect(initialViewport(makeFlow([]), CANVAS)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
