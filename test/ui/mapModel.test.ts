import { describe, expect, it } from 'vitest';
import { buildMapModel, nodeAt, nodesIn } from '../../src/ui/canvas/map/mapModel';
import { toMapNodes } from '../../src/ui/canvas/map/toMapNodes';
import { MAP_FRAME_ID } from '../../src/ui/canvas/map/mapFrame';
import { toReactFlow } from '../../src/ui/canvas/toReactFlow';
import { nodeGeometry } from '../../src/ui/nodes/nodeGeometry';
import type { Diagnostic } from '../../src/rules/diagnostic';
import { createNode, makeFlow } from './renderEditor';

const flow = (() => {
  const base = makeFlow(
    [createNode('trigger_human_requested', 't1'), createNode('message', 'm1'), createNode('message', 'm2'), createNode('note', 'n1')],
    [{ id: 'e1', source: 't1', sourcePort: 'next', target: 'm1' }],
  );
  // m2 overlaps m1's lower right; the note lies over both, drawn below them.
  return { ...base, layout: { nodes: { t1: { x: 0, y: 0 }, m1: { x: 400, y: 0 }, m2: { x: 500, y: 40 }, n1: { x: 450, y: 20 } } } };
})();

describe('the map model', () => {
  const warning = { severity: 'warning', code: 'x', message: 'w' } as Diagnostic;
  const model = buildMapModel(flow, new Map([['m1', [warning, warning]]]));

  it('holds every node box with its group and problems, and every edge anchored on its ports', () => {
    expect(model.count).toBe(4);
    expect([model.x[2], model.y[2], model.w[2]]).toEqual([500, 40, nodeGeometry(flow.nodes[2]).width]);
    expect(model.severity[1]).toBe(2);
    expect(model.problems[1]).toBe(2);
    expect(model.group[0]).not.toBe(model.group[1]);
    const port = nodeGeometry(flow.nodes[0]).handles.find((h) => h.id === 'next')!;
    expect([model.edgeSource[0], model.edgeTarget[0], model.edgeSourceDy[0]]).toEqual([0, 1, port.y + port.height! / 2]);
    expect(model.bounds).toEqual({ x: 0, y: 0, width: 500 + model.w[2], height: Math.max(model.h[0], 40 + model.h[2], 20 + model.h[3]) });
  });

  it('hits the node drawn on top: the later one, and a note only where no other node is', () => {
    expect(model.ids[nodeAt(model, 10, 10)]).toBe('t1');
    expect(model.ids[nodeAt(model, 520, 50)]).toBe('m2');
    expect(model.ids[nodeAt(model, 460, 30)]).toBe('m1');
    expect(model.ids[nodeAt(model, 460, model.h[1] + 5)]).toBe('n1');
    expect(nodeAt(model, -50, -50)).toBe(-1);
    expect(nodeAt(model, -5, 5, 10)).toBe(0);
    // A wide slop never takes a press away from the node exactly under it (m1 is later and near).
    expect(model.ids[nodeAt(model, 10, 10, 500)]).toBe('t1');
  });

  it('finds every node a box meets, whichever corner it starts from', () => {
    expect(nodesIn(model, 410, -10, 10, 10).map((i) => model.ids[i]).sort()).toEqual(['m1', 't1']);
    expect(nodesIn(model, 2000, 2000, 3000, 3000)).toEqual([]);
  });
});

describe('React Flow nodes under the map', () => {
  const { nodes } = toReactFlow(flow, { nodeIds: [], edgeIds: [] });

  it('leaves React Flow one frame over all the nodes, for fit view and the MiniMap', () => {
    const mapped = toMapNodes(nodes);
    expect(mapped).toHaveLength(1);
    expect(mapped[0]).toMatchObject({ id: MAP_FRAME_ID, position: { x: 0, y: 0 }, selectable: false, draggable: false, focusable: false });
    expect(mapped[0].width).toBe(500 + nodeGeometry(flow.nodes[2]).width);
  });

  it('gives the same array for the same nodes, and a frame that follows a moved node', () => {
    expect(toMapNodes(nodes)).toBe(toMapNodes(nodes));
    const moved = nodes.map((n) => (n.id === 'm2' ? { ...n, position: { x: 900, y: 40 } } : n));
    expect(toMapNodes(moved)[0].width).toBe(900 + nodeGeometry(flow.nodes[2]).width);
  });
});
