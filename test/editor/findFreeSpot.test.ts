import { describe, expect, it } from 'vitest';
import { addNode } from '../../src/editor/commands/addNode';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { createEmptyFlow } from '../../src/editor/createEmptyFlow';
import { estimateNodeSize } from '../../src/editor/computeLayout';
import { findFreeSpot } from '../../src/editor/findFreeSpot';
import { createNode, type NodeType, type Position } from '../../src/schema';

type Box = Position & { width: number; height: number };
const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('findFreeSpot', () => {
  it('keeps the wanted spot when it is free', () => {
    const flow = createEmptyFlow('t');
    expect(findFreeSpot(flow, { x: 30, y: 45 }, { width: 248, height: 150 })).toEqual({ x: 30, y: 45 });
  });

  it('puts nodes added one after another at one spot beside each other, on the grid, none overlapping', () => {
    const store = createEditorStore(createEmptyFlow('t'));
    const wanted = { x: 300, y: 150 };
    const types: NodeType[] = ['trigger_human_requested', 'message', 'pause', 'handover', 'note', 'message'];
    for (const type of types) {
      const size = estimateNodeSize(createNode(type, 'probe'));
      store.run(addNode, { type, position: findFreeSpot(store.getState().flow, wanted, size) });
    }
    const { flow } = store.getState();
    const boxes = flow.nodes.map((n) => ({ ...flow.layout.nodes[n.id], ...estimateNodeSize(n) }));
    for (let i = 0; i < boxes.length; i++) {
      expect(Math.abs(boxes[i].x % 15)).toBe(0);
      expect(Math.abs(boxes[i].y % 15)).toBe(0);
      for (let j = i + 1; j < boxes.length; j++) expect(apart(boxes[i], boxes[j]), `${flow.nodes[i].type} / ${flow.nodes[j].type}`).toBe(true);
    }
    // The second node goes beside the first (to the right), as a flow reads, not under it.
    expect(boxes[1].y).toBe(wanted.y);
    expect(boxes[1].x).toBeGreaterThan(boxes[0].x + boxes[0].width);
  });
});
