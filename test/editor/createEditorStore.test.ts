import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { createEmptyFlow } from '../../src/editor/createEmptyFlow';
import { addNode } from '../../src/editor/commands/addNode';
import { deleteSelection } from '../../src/editor/commands/deleteSelection';
import { moveNodes } from '../../src/editor/commands/moveNodes';
import { renameFlow } from '../../src/editor/commands/renameFlow';
import { updateNodeData } from '../../src/editor/commands/updateNodeData';
import { validateFlow } from '../../src/rules/validateFlow';
import { flowSchema } from '../../src/schema';
import { buildStore } from './buildFlow';

describe('createEditorStore', () => {
  it('notifies subscribers once per change and bumps the revision', () => {
    const store = createEditorStore(createEmptyFlow('A'));
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.run(addNode, { type: 'pause', position: { x: 0, y: 0 } });
    expect(calls).toBe(1);
    expect(store.getState().revision).toBe(1);
    store.undo();
    expect(calls).toBe(2);
    expect(store.getState().revision).toBe(2);
    unsubscribe();
    store.redo();
    expect(calls).toBe(2);
  });

  it('returns false and records nothing for a no-op', () => {
    const store = buildStore();
    const before = store.getState();
    expect(store.run(moveNodes, { positions: { msg: before.flow.layout.nodes.msg } })).toBe(false);
    expect(store.getState().flow).toBe(before.flow);
    expect(store.getState().undoLabel).toBe(before.undoLabel);
  });

  it('keeps the document frozen and structurally shared', () => {
    const store = buildStore();
    const before = store.getState().flow;
    store.run(renameFlow, { name: 'Renamed' });
    const after = store.getState().flow;
    expect(Object.isFrozen(after)).toBe(true);
    expect(after.nodes).toBe(before.nodes);
    expect(() => {
      (after as { name: string }).name = 'x';
    }).toThrow();
  });

  it('re-runs validation after each change, undo and redo', () => {
    const store = buildStore();
    const clean = store.getState().diagnostics;
    expect(clean).toEqual(validateFlow(store.getState().flow));
    store.run(updateNodeData, { id: 'handover', data: { destination: { to: 'not a number' } } });
    const broken = store.getState();
    expect(broken.diagnostics).toEqual(validateFlow(broken.flow));
    expect(broken.diagnostics.length).toBeGreaterThan(clean.length);
    const onHandover = broken.diagnostics.filter((d) => d.nodeId === 'handover');
    expect(broken.diagnosticsByNode.get('handover')).toEqual(onHandover);
    store.undo();
    expect(store.getState().diagnostics).toEqual(clean);
  });

  it('keeps the diagnostics of a layout-only change (no rule reads layout)', () => {
    const store = buildStore();
    store.run(updateNodeData, { id: 'handover', data: { destination: { to: 'bad' } } });
    const { diagnostics } = store.getState();
    store.run(moveNodes, { positions: { handover: { x: 1, y: 2 } } });
    expect(store.getState().diagnostics).toBe(diagnostics);
    store.undo();
    expect(store.getState().diagnostics).toBe(diagnostics);
    store.undo();
    expect(store.getState().diagnostics).not.toBe(diagnostics);
    expect(store.getState().diagnostics).toEqual(validateFlow(store.getState().flow));
  });

  it('keeps selection out of the document and out of history', () => {
    const store = buildStore();
    const { flow, undoLabel, revision } = store.getState();
    let calls = 0;
    store.subscribe(() => calls++);
    store.setSelection({ nodeIds: ['msg', 'pause'], edgeIds: [] });
    expect(calls).toBe(1);
    expect(store.getState().flow).toBe(flow);
    expect(store.getState().revision).toBe(revision);
    expect(store.getState().undoLabel).toBe(undoLabel);
    expect(JSON.stringify(store.getState().flow)).not.toContain('selected');
    store.setSelection({ nodeIds: ['msg', 'pause'], edgeIds: [] });
    expect(calls).toBe(1);
    store.setSelection({ nodeIds: ['ghost'], edgeIds: [] });
    expect(store.getState().selection.nodeIds).toEqual([]);
  });

  it('restores the selection of a step on undo and redo', () => {
    const store = buildStore();
    store.setSelection({ nodeIds: ['pause'], edgeIds: [] });
    store.run(deleteSelection, store.getState().selection);
    expect(store.getState().selection.nodeIds).toEqual([]);
    store.undo();
    expect(store.getState().selection.nodeIds).toEqual(['pause']);
    store.run(addNode, { type: 'note', id: 'note', position: { x: 0, y: 0 } });
    store.undo();
    store.redo();
    expect(store.getState().selection.nodeIds).toEqual(['note']);
  });

  it('merges one gesture into one undo step: 20 moves, 1 undo', () => {
    const store = buildStore();
    const start = store.getState().flow;
    const stepsBefore = countUndoSteps(store);
    for (let i = 1; i <= 20; i++) {
      store.run(moveNodes, { positions: { msg: { x: 300 + i * 5, y: i * 3 }, pause: { x: 600 + i, y: i } } }, { gesture: 'drag-1' });
    }
    store.endGesture();
    expect(store.getState().undoLabel).toBe('Move 2 nodes');
    expect(store.getState().flow.layout.nodes.msg).toEqual({ x: 400, y: 60 });
    store.undo();
    expect(store.getState().flow).toEqual(start);
    store.redo();
    expect(store.getState().flow.layout.nodes.msg).toEqual({ x: 400, y: 60 });
    store.undo();
    expect(countUndoSteps(store)).toBe(stepsBefore);
  });

  it('starts a new step after endGesture and for a different gesture id', () => {
    const store = buildStore();
    const steps = countUndoSteps(store);
    store.run(moveNodes, { positions: { msg: { x: 1, y: 1 } } }, { gesture: 'a' });
    store.endGesture();
    store.run(moveNodes, { positions: { msg: { x: 2, y: 2 } } }, { gesture: 'a' });
    store.run(moveNodes, { positions: { msg: { x: 3, y: 3 } } }, { gesture: 'b' });
    expect(countUndoSteps(store)).toBe(steps + 3);
  });

  it('bounds history to historyLimit steps', () => {
    const store = createEditorStore(createEmptyFlow('A'), { historyLimit: 5 });
    for (let i = 0; i < 12; i++) store.run(renameFlow, { name: `Name ${i}` });
    let undos = 0;
    while (store.getState().canUndo) {
      store.undo();
      undos++;
    }
    expect(undos).toBe(5);
    expect(store.getState().flow.name).toBe('Name 6');
  });

  it("'skip' changes the document without an undo step and clears redo", () => {
    const store = createEditorStore(createEmptyFlow('A'));
    store.run(renameFlow, { name: 'B' });
    store.undo();
    expect(store.getState().canRedo).toBe(true);
    store.run(addNode, { type: 'note', id: 'n', position: { x: 0, y: 0 } }, { history: 'skip' });
    expect(store.getState().flow.nodes).toHaveLength(1);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().canRedo).toBe(false);
  });

  it('load replaces the document, clears history and selection', () => {
    const store = buildStore();
    store.setSelection({ nodeIds: ['msg'], edgeIds: [] });
    const other = createEmptyFlow('Other');
    store.load(other);
    const state = store.getState();
    expect(state.flow).toEqual(other);
    expect(state.canUndo || state.canRedo).toBe(false);
    expect(state.selection).toEqual({ nodeIds: [], edgeIds: [] });
    expect(flowSchema.safeParse(state.flow).success).toBe(true);
  });

  it('explains a refusal in notice and clears it on the next success', () => {
    const store = buildStore();
    expect(store.run(updateNodeData, { id: 'pause', data: { seconds: -1 } })).toBe(false);
    expect(store.getState().notice).toMatchObject({ kind: 'refused' });
    expect(store.getState().notice?.message).toContain('/nodes/2/data/seconds');
    store.run(renameFlow, { name: 'Ok' });
    expect(store.getState().notice).toBeNull();
  });
});

function countUndoSteps(store: ReturnType<typeof buildStore>): number {
  // Walk back and forward again: the store exposes labels, not the stacks.
  let n = 0;
  while (store.getState().canUndo) {
    store.undo();
    n++;
  }
  for (let i = 0; i < n; i++) store.redo();
  return n;
}
