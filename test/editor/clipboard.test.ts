import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { createEmptyFlow } from '../../src/editor/createEmptyFlow';
import { pasteFragment } from '../../src/editor/commands/pasteFragment';
import { copySelection } from '../../src/editor/copySelection';
import { parseFragment } from '../../src/editor/parseFragment';
import { serializeFragment } from '../../src/editor/serializeFragment';
import { buildStore } from './buildFlow';
import { expectRoundTrip } from './expectRoundTrip';

describe('copy and paste', () => {
  it('copies selected nodes with internal edges only', () => {
    const flow = buildStore().getState().flow;
    const fragment = copySelection(flow, { nodeIds: ['msg', 'pause'], edgeIds: [] });
    expect(fragment.format).toBe('baton.fragment');
    expect(fragment.nodes.map((n) => n.id)).toEqual(['msg', 'pause']);
    expect(fragment.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['msg>pause']);
    expect(Object.keys(fragment.layout)).toEqual(['msg', 'pause']);
  });

  it('pastes into another store through clipboard text, with new ids and internal edges kept', () => {
    const source = buildStore();
    const text = serializeFragment(copySelection(source.getState().flow, { nodeIds: ['msg', 'pause', 'handover'], edgeIds: [] }));
    const parsed = parseFragment(text);
    if (!parsed.ok) throw new Error(parsed.message);

    const target = createEditorStore(createEmptyFlow('Other'));
    const { after } = expectRoundTrip(target, pasteFragment, { fragment: parsed.fragment, offset: { x: 100, y: 50 } });
    expect(after.nodes.map((n) => n.type)).toEqual(['message', 'pause', 'handover']);
    const ids = after.nodes.map((n) => n.id);
    expect(ids.some((id) => ['msg', 'pause', 'handover'].includes(id))).toBe(false);
    expect(after.edges).toHaveLength(2);
    for (const edge of after.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
      expect(source.getState().flow.edges.map((e) => e.id)).not.toContain(edge.id);
    }
    expect(after.nodes[0].data).toEqual(source.getState().flow.nodes[1].data);
    expect(after.layout.nodes[ids[0]]).toEqual({ x: 300 + 100, y: 50 });
  });

  it('pasting twice into the same flow never reuses an id', () => {
    const store = buildStore();
    const fragment = copySelection(store.getState().flow, { nodeIds: ['msg', 'pause'], edgeIds: [] });
    store.run(pasteFragment, { fragment, offset: { x: 0, y: 0 } });
    store.run(pasteFragment, { fragment, offset: { x: 0, y: 0 } });
    const { nodes, edges } = store.getState().flow;
    expect(new Set(nodes.map((n) => n.id)).size).toBe(8);
    expect(new Set(edges.map((e) => e.id)).size).toBe(5);
  });

  it('refuses clipboard text that is not a valid fragment, saying where', () => {
    expect(parseFragment('hello')).toEqual({ ok: false, message: 'The clipboard does not hold Baton nodes (not JSON)' });
    expect(parseFragment('{"format":"other"}')).toMatchObject({ ok: false, message: expect.stringContaining('baton.fragment') });
    const bad = JSON.stringify({ format: 'baton.fragment', nodes: [{ id: 'a', type: 'pause', data: { seconds: 99 } }] });
    expect(parseFragment(bad)).toMatchObject({ ok: false, message: expect.stringContaining('/nodes/0/data/seconds') });
  });
});
