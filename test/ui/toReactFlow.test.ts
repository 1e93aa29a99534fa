import { describe, expect, it } from 'vitest';
import { createMapperCache, toReactFlow } from '../../src/ui/canvas/toReactFlow';
import { createNode, makeFlow } from './renderEditor';

const none = { nodeIds: [], edgeIds: [] };

describe('toReactFlow', () => {
  const flow = makeFlow(
    [createNode('trigger_human_requested', 't1'), createNode('handover', 'h1', { destination: { kind: 'voice' } }), createNode('note', 'n1')],
    [{ id: 'e1', source: 't1', sourcePort: 'next', target: 'h1' }],
  );

  it('maps nodes pre-sized with one labelled source handle per port and an input where steps accept one', () => {
    const { nodes, edges } = toReactFlow(flow, none);
    const handover = nodes.find((n) => n.id === 'h1')!;
    expect(handover).toMatchObject({ type: 'handover', position: { x: 300, y: 0 }, width: 248 });
    expect(handover.measured).toEqual({ width: handover.width, height: handover.height });
    const sources = handover.handles!.filter((h) => h.type === 'source');
    expect(sources.map((h) => h.id)).toEqual(['transferred', 'busy', 'no_answer', 'rejected']);
    // Port rows are stacked 26 px apart and inside the node.
    expect(sources[1].y - sources[0].y).toBe(26);
    expect(sources[3].y + sources[3].height!).toBeLessThan(handover.height!);
    expect(handover.handles!.some((h) => h.type === 'target')).toBe(true);
    expect(nodes.find((n) => n.id === 't1')!.handles!.some((h) => h.type === 'target')).toBe(false);
    expect(nodes.find((n) => n.id === 'n1')!.handles).toEqual([]);
    expect(edges).toEqual([expect.objectContaining({ id: 'e1', source: 't1', sourceHandle: 'next', target: 'h1', targetHandle: 'in' })]);
  });

  it('keeps selection out of the document and reuses unchanged node objects', () => {
    const cache = createMapperCache();
    const first = toReactFlow(flow, none, cache);
    const second = toReactFlow(flow, { nodeIds: ['h1'], edgeIds: [] }, cache);
    expect(second.nodes[0]).toBe(first.nodes[0]);
    expect(second.nodes[1]).not.toBe(first.nodes[1]);
    expect(second.nodes[1].selected).toBe(true);
    expect(JSON.stringify(flow)).not.toContain('selected');
  });
});
