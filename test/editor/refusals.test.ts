import { describe, expect, it } from 'vitest';
import { canAddNode } from '../../src/editor/canAddNode';
import { canConnect } from '../../src/editor/canConnect';
import { addNode } from '../../src/editor/commands/addNode';
import { connect } from '../../src/editor/commands/connect';
import { pasteFragment } from '../../src/editor/commands/pasteFragment';
import { copySelection } from '../../src/editor/copySelection';
import { buildStore } from './buildFlow';

describe('refusals with reasons', () => {
  it('refuses a 7th Handover (at most 6 handover actions per bot)', () => {
    const store = buildStore(); // already holds one handover
    for (let i = 2; i <= 6; i++) expect(store.run(addNode, { type: 'handover', position: { x: 0, y: i * 100 } })).toBe(true);
    const flow = store.getState().flow;
    const check = canAddNode(flow, 'handover');
    expect(check).toEqual({ ok: false, reason: expect.stringContaining('At most 6 handover actions per bot') });
    expect(store.run(addNode, { type: 'handover', position: { x: 0, y: 0 } })).toBe(false);
    expect(store.getState().flow).toBe(flow);
    expect(store.getState().notice).toEqual({ kind: 'refused', message: (check as { reason: string }).reason });
    // Other kinds are still fine.
    expect(canAddNode(flow, 'message')).toEqual({ ok: true });
  });

  it('refuses a paste that would exceed 6 Handovers', () => {
    const store = buildStore();
    for (let i = 2; i <= 5; i++) store.run(addNode, { type: 'handover', id: `h${i}`, position: { x: 0, y: 0 } });
    const fragment = copySelection(store.getState().flow, { nodeIds: ['h2', 'h3'], edgeIds: [] });
    expect(store.run(pasteFragment, { fragment, offset: { x: 0, y: 0 } })).toBe(false);
    expect(store.getState().notice?.message).toContain('At most 6');
    const one = copySelection(store.getState().flow, { nodeIds: ['h2'], edgeIds: [] });
    expect(store.run(pasteFragment, { fragment: one, offset: { x: 0, y: 0 } })).toBe(true);
  });

  it('refuses using an output port twice', () => {
    const store = buildStore();
    store.run(addNode, { type: 'message', id: 'other', position: { x: 0, y: 0 } });
    const check = canConnect(store.getState().flow, { source: 'msg', sourcePort: 'next', target: 'other' });
    expect(check).toEqual({ ok: false, reason: 'The "Next" output of Message "Thank you! Someone from the…" already leads to Pause 1.5 s; disconnect it first' });
    expect(store.run(connect, { source: 'msg', sourcePort: 'next', target: 'other' })).toBe(false);
    expect(store.getState().notice?.message).toBe((check as { reason: string }).reason);
  });

  it('refuses a connection into a trigger or a note', () => {
    const store = buildStore();
    store.run(addNode, { type: 'note', id: 'note', position: { x: 0, y: 0 } });
    const flow = store.getState().flow;
    expect(canConnect(flow, { source: 'handover', sourcePort: 'busy', target: 'trigger' })).toEqual({
      ok: false,
      reason: 'Cannot connect into Human requested: a trigger starts the flow and has no input',
    });
    expect(canConnect(flow, { source: 'handover', sourcePort: 'busy', target: 'note' })).toMatchObject({ ok: false, reason: expect.stringContaining('a note is not part of the flow') });
  });

  it('refuses unknown ports, self-loops and missing nodes', () => {
    const flow = buildStore().getState().flow;
    expect(canConnect(flow, { source: 'handover', sourcePort: 'no_agents', target: 'msg' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('has no "no_agents" output; its outputs are "transferred", "busy", "no_answer", "rejected"'),
    });
    expect(canConnect(flow, { source: 'msg', sourcePort: 'next', target: 'msg' })).toMatchObject({ ok: false, reason: 'Message "Thank you! Someone from the…" cannot connect to itself' });
    expect(canConnect(flow, { source: 'nope', sourcePort: 'next', target: 'msg' })).toMatchObject({ ok: false, reason: expect.stringContaining('"nope"') });
    expect(canConnect(flow, { source: 'msg', sourcePort: 'next', target: 'nope' })).toMatchObject({ ok: false, reason: expect.stringContaining('"nope"') });
    expect(canConnect(flow, { source: 'handover', sourcePort: 'busy', target: 'msg' })).toEqual({ ok: true });
  });
});
