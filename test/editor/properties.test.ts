import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { createEmptyFlow } from '../../src/editor/createEmptyFlow';
import { addNode } from '../../src/editor/commands/addNode';
import { autoLayout } from '../../src/editor/commands/autoLayout';
import { connect } from '../../src/editor/commands/connect';
import { deleteSelection } from '../../src/editor/commands/deleteSelection';
import { moveNodes } from '../../src/editor/commands/moveNodes';
import { estimateNodeSize } from '../../src/editor/computeLayout';
import { NODE_TYPES, portsOf } from '../../src/schema';

/** A random edit script: add nodes, connect random ports (refusals are part of the test), move, delete. */
const scriptArb = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('add' as const), type: fc.constantFrom(...NODE_TYPES), x: fc.integer({ min: -500, max: 500 }) }),
    fc.record({ op: fc.constant('connect' as const), a: fc.nat(), b: fc.nat(), port: fc.nat() }),
    fc.record({ op: fc.constant('move' as const), a: fc.nat(), x: fc.integer(), gesture: fc.boolean() }),
    fc.record({ op: fc.constant('delete' as const), a: fc.nat() }),
  ),
  { maxLength: 40 },
);

type Script = typeof scriptArb extends fc.Arbitrary<infer T> ? T : never;

function play(script: Script) {
  const store = createEditorStore(createEmptyFlow('Random'));
  const pick = (i: number) => {
    const nodes = store.getState().flow.nodes;
    return nodes.length ? nodes[i % nodes.length] : undefined;
  };
  for (const step of script) {
    if (step.op === 'add') store.run(addNode, { type: step.type, position: { x: step.x, y: 0 } });
    if (step.op === 'connect') {
      const source = pick(step.a);
      const target = pick(step.b);
      const ports = source ? portsOf(source) : [];
      if (source && target && ports.length) store.run(connect, { source: source.id, sourcePort: ports[step.port % ports.length].id, target: target.id });
    }
    if (step.op === 'move') {
      const node = pick(step.a);
      if (node) store.run(moveNodes, { positions: { [node.id]: { x: step.x, y: step.x } } }, step.gesture ? { gesture: 'drag' } : undefined);
    }
    if (step.op === 'delete') {
      const node = pick(step.a);
      if (node) store.run(deleteSelection, { nodeIds: [node.id], edgeIds: [] });
    }
  }
  return store;
}

describe('editor properties', () => {
  it('undoing everything returns to the start; redoing everything returns to the end', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        const store = play(script);
        const end = structuredClone(store.getState().flow);
        while (store.getState().canUndo) store.undo();
        expect(store.getState().flow.nodes).toEqual([]);
        expect(store.getState().flow.edges).toEqual([]);
        expect(store.getState().flow.layout.nodes).toEqual({});
        while (store.getState().canRedo) store.redo();
        expect(store.getState().flow).toEqual(end);
      }),
      { numRuns: 60 },
    );
  });

  it('autoLayout never overlaps nodes, whatever the graph (cycles included)', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        const store = play(script);
        store.run(autoLayout, {});
        const { flow } = store.getState();
        const boxes = flow.nodes.map((n) => ({ ...flow.layout.nodes[n.id], ...estimateNodeSize(n) }));
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
