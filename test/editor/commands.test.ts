import { describe, expect, it } from 'vitest';
import { addNode } from '../../src/editor/commands/addNode';
import { autoLayout } from '../../src/editor/commands/autoLayout';
import { connect } from '../../src/editor/commands/connect';
import { deleteSelection } from '../../src/editor/commands/deleteSelection';
import { disconnect } from '../../src/editor/commands/disconnect';
import { duplicateSelection } from '../../src/editor/commands/duplicateSelection';
import { moveNodes } from '../../src/editor/commands/moveNodes';
import { removeEdges } from '../../src/editor/commands/removeEdges';
import { removeNodes } from '../../src/editor/commands/removeNodes';
import { renameFlow } from '../../src/editor/commands/renameFlow';
import { replaceFlow } from '../../src/editor/commands/replaceFlow';
import { setDestinationKind } from '../../src/editor/commands/setDestinationKind';
import { setNodeTitle } from '../../src/editor/commands/setNodeTitle';
import { updateNodeData } from '../../src/editor/commands/updateNodeData';
import { updateSettings } from '../../src/editor/commands/updateSettings';
import { createEmptyFlow } from '../../src/editor/createEmptyFlow';
import { buildStore } from './buildFlow';
import { expectRoundTrip } from './expectRoundTrip';

describe('editor commands (undo/redo round trips)', () => {
  it('addNode creates a node with defaults, a layout entry, a valid id, and selects it', () => {
    const store = buildStore();
    const { after } = expectRoundTrip(store, addNode, { type: 'pause', position: { x: 10, y: 20 }, id: 'my pause!' });
    const node = after.nodes[after.nodes.length - 1];
    expect(node).toMatchObject({ type: 'pause', data: { seconds: 1.5 } });
    expect(node.id).toBe('my_pause_');
    expect(after.layout.nodes[node.id]).toEqual({ x: 10, y: 20 });
    expect(store.getState().selection.nodeIds).toEqual([node.id]);
    expect(store.getState().undoLabel).toBe('Add Pause');
  });

  it('addNode makes a fresh id when the wanted one is taken', () => {
    const store = buildStore();
    store.run(addNode, { type: 'message', id: 'msg', position: { x: 0, y: 0 } });
    const ids = store.getState().flow.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[ids.length - 1]).toMatch(/^msg-[A-Za-z0-9_-]{10}$/);
  });

  it('removeNodes removes connected edges and layout entries', () => {
    const store = buildStore();
    const { after } = expectRoundTrip(store, removeNodes, { ids: ['pause'] });
    expect(after.nodes.map((n) => n.id)).toEqual(['trigger', 'msg', 'handover']);
    expect(after.edges.some((e) => e.source === 'pause' || e.target === 'pause')).toBe(false);
    expect(after.layout.nodes.pause).toBeUndefined();
    expect(store.getState().undoLabel).toBe('Delete Pause 1.5 s');
  });

  it('removeEdges and disconnect remove exactly the named connection', () => {
    const store = buildStore();
    const edge = store.getState().flow.edges[0];
    const { after } = expectRoundTrip(store, removeEdges, { ids: [edge.id] });
    expect(after.edges.map((e) => e.id)).not.toContain(edge.id);
    expect(after.edges).toHaveLength(2);
    const { after: again } = expectRoundTrip(store, disconnect, { source: 'msg', sourcePort: 'next' });
    expect(again.edges).toHaveLength(1);
    expect(store.getState().undoLabel).toBe('Disconnect Message "Thank you! Someone from the…" → Pause 1.5 s');
  });

  it('deleteSelection removes selected nodes and edges, bound to Delete and Backspace', () => {
    const store = buildStore();
    const edge = store.getState().flow.edges.find((e) => e.source === 'trigger')!;
    const { after } = expectRoundTrip(store, deleteSelection, { nodeIds: ['handover'], edgeIds: [edge.id] });
    expect(after.nodes.map((n) => n.id)).toEqual(['trigger', 'msg', 'pause']);
    expect(after.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['msg>pause']);
    expect(deleteSelection.keys).toEqual(['Delete', 'Backspace']);
  });

  it('moveNodes changes layout only', () => {
    const store = buildStore();
    const { before, after } = expectRoundTrip(store, moveNodes, { positions: { msg: { x: 5, y: 6 }, ghost: { x: 1, y: 1 } } });
    expect(after.layout.nodes.msg).toEqual({ x: 5, y: 6 });
    expect(after.layout.nodes.ghost).toBeUndefined();
    expect(after.nodes).toEqual(before.nodes);
    expect(store.getState().undoLabel).toBe('Move Message "Thank you! Someone from the…"');
  });

  it('connect adds an edge and labels the step by port and target', () => {
    const store = buildStore();
    store.run(addNode, { type: 'message', id: 'sorry', position: { x: 0, y: 0 } });
    const { after } = expectRoundTrip(store, connect, { source: 'handover', sourcePort: 'busy', target: 'sorry' });
    expect(after.edges.at(-1)).toMatchObject({ source: 'handover', sourcePort: 'busy', target: 'sorry' });
    expect(store.getState().undoLabel).toBe('Connect Busy → Message 2');
  });

  it('updateNodeData deep-merges, validates, and refuses invalid values naming the field', () => {
    const store = buildStore();
    const { after } = expectRoundTrip(store, updateNodeData, { id: 'handover', data: { destination: { to: 'sip:agent@example.com' } } });
    const handover = after.nodes.find((n) => n.id === 'handover')!;
    expect(handover.data).toMatchObject({ destination: { kind: 'voice', to: 'sip:agent@example.com', timeoutSeconds: 30 } });
    const flow = store.getState().flow;
    expect(store.run(updateNodeData, { id: 'pause', data: { seconds: 'long' } })).toBe(false);
    expect(store.getState().flow).toBe(flow);
    expect(store.getState().notice?.message).toMatch(/^Pause 1.5 s: .* at \/nodes\/2\/data\/seconds/);
    expectRoundTrip(store, updateNodeData, { id: 'msg', data: { text: 'Bye' }, replace: true });
  });

  it('setNodeTitle sets and clears a title', () => {
    const store = buildStore();
    const { after } = expectRoundTrip(store, setNodeTitle, { id: 'msg', title: '  Goodbye  ' });
    expect(after.nodes[1].title).toBe('Goodbye');
    const { after: cleared } = expectRoundTrip(store, setNodeTitle, { id: 'msg', title: '' });
    expect('title' in cleared.nodes[1]).toBe(false);
    expect(store.run(setNodeTitle, { id: 'msg', title: 'x'.repeat(121) })).toBe(false);
  });

  it('renameFlow renames and refuses an empty name', () => {
    const store = buildStore();
    expectRoundTrip(store, renameFlow, { name: 'Sales handover', description: 'Voice to sales' });
    expect(store.getState().flow).toMatchObject({ name: 'Sales handover', description: 'Voice to sales' });
    expect(store.run(renameFlow, { name: '   ' })).toBe(false);
    expect(store.getState().notice?.message).toBe('A flow needs a name');
  });

  it('updateSettings edits staff, notifications, recording and channels', () => {
    const store = buildStore();
    expectRoundTrip(store, updateSettings, { op: 'addStaff', name: 'Ana', id: 'ana' });
    expect(store.getState().flow.settings.staff).toEqual([{ id: 'ana', name: 'Ana', notifications: { conversationAssigned: true, taskAssigned: true } }]);
    expectRoundTrip(store, updateSettings, { op: 'updateStaff', id: 'ana', notifications: { taskAssigned: false } });
    expect(store.getState().flow.settings.staff[0].notifications).toEqual({ conversationAssigned: true, taskAssigned: false });
    expectRoundTrip(store, updateSettings, { op: 'setRecording', recording: true });
    expect(store.getState().flow.settings.voice.recording).toBe(true);
    expectRoundTrip(store, updateSettings, { op: 'setChannels', channels: ['phone_voice', 'phone_voice', 'web_chat'] });
    expect(store.getState().flow.settings.channels).toEqual(['phone_voice', 'web_chat']);
    expectRoundTrip(store, updateSettings, { op: 'removeStaff', id: 'ana' });
    expect(store.getState().flow.settings.staff).toEqual([]);
    expect(store.run(updateSettings, { op: 'addStaff', name: '' })).toBe(false);
    expect(store.getState().notice?.message).toContain('/settings/staff/0/name');
  });

  it('setDestinationKind drops edges from ports the new kind lacks, and says so', () => {
    const store = buildStore();
    store.run(addNode, { type: 'message', id: 'sorry', position: { x: 0, y: 0 } });
    store.run(addNode, { type: 'end', id: 'done', position: { x: 0, y: 0 } });
    store.run(connect, { source: 'handover', sourcePort: 'busy', target: 'sorry' });
    store.run(connect, { source: 'handover', sourcePort: 'transferred', target: 'done' });
    expect(store.run(setDestinationKind, { id: 'handover', kind: 'live_chat' })).toBe(true);
    // The user is told which connections went: the voice-only "Busy" port.
    expect(store.getState().notice).toEqual({ kind: 'info', message: expect.stringContaining('"Busy"') });
    store.undo();
    const { after } = expectRoundTrip(store, setDestinationKind, { id: 'handover', kind: 'live_chat' });
    const handover = after.nodes.find((n) => n.id === 'handover')!;
    expect(handover.data).toEqual({ destination: { kind: 'live_chat', assigneeId: null, queueTimeoutMinutes: 10 } });
    const fromHandover = after.edges.filter((e) => e.source === 'handover').map((e) => e.sourcePort);
    expect(fromHandover).toEqual(['transferred']);
    // Back to voice: "transferred" exists there too, so nothing is dropped and nothing is said.
    expect(store.run(setDestinationKind, { id: 'handover', kind: 'voice' })).toBe(true);
    expect(store.getState().notice).toBeNull();
    expect(store.run(setDestinationKind, { id: 'msg', kind: 'voice' })).toBe(false);
  });

  it('replaceFlow swaps the document in one undo step', () => {
    const store = buildStore();
    const next = { ...createEmptyFlow('From JSON'), id: store.getState().flow.id };
    const { after } = expectRoundTrip(store, replaceFlow, { flow: next });
    expect(after).toEqual(next);
    expect(store.getState().undoLabel).toBe('Edit JSON');
  });

  it('duplicateSelection copies nodes with their internal edges beside the originals', () => {
    const store = buildStore();
    const { before, after } = expectRoundTrip(store, duplicateSelection, { nodeIds: ['msg', 'pause'], edgeIds: [] });
    expect(after.nodes).toHaveLength(before.nodes.length + 2);
    const copies = store.getState().selection.nodeIds;
    expect(copies).toEqual(after.nodes.slice(-2).map((n) => n.id));
    expect(copies).not.toContain('msg');
    expect(after.edges.filter((e) => copies.includes(e.source) && copies.includes(e.target))).toHaveLength(1);
    expect(after.layout.nodes[copies[0]]).toEqual({ x: before.layout.nodes.msg.x + 40, y: before.layout.nodes.msg.y + 40 });
  });

  it('autoLayout is one undoable step', () => {
    const store = buildStore();
    store.run(moveNodes, { positions: { msg: { x: 0, y: 0 }, pause: { x: 0, y: 0 }, handover: { x: 0, y: 0 } } });
    expectRoundTrip(store, autoLayout, {});
    expect(store.getState().undoLabel).toBe('Tidy layout');
  });
});
