// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { useDragPositions } from '../../src/ui/canvas/useDragPositions';
import { toReactFlow } from '../../src/ui/canvas/toReactFlow';
import { createNode, makeFlow } from './renderEditor';

describe('dragging on the canvas', () => {
  it('moves nodes on the canvas only while the pointer moves, then writes the document once, as one undo step', () => {
    const store = createEditorStore(makeFlow([createNode('message', 'a'), createNode('message', 'b')]));
    const base = toReactFlow(store.getState().flow, { nodeIds: [], edgeIds: [] }).nodes;
    const { result } = renderHook(() => useDragPositions(store, base));
    const revision = store.getState().revision;
    act(() => result.current.start());
    for (let i = 1; i <= 20; i++) act(() => result.current.move({ a: { x: i * 15, y: 30 } }, true));
    // No document change (so no validation, autosave or journal entry) while dragging.
    expect(store.getState().revision).toBe(revision);
    expect(result.current.nodes.find((n) => n.id === 'a')!.position).toEqual({ x: 300, y: 30 });
    // The node that did not move keeps its object, so React Flow skips it.
    expect(result.current.nodes.find((n) => n.id === 'b')).toBe(base.find((n) => n.id === 'b'));
    act(() => result.current.stop());
    expect(store.getState().revision).toBe(revision + 1);
    expect(store.getState().flow.layout.nodes.a).toEqual({ x: 300, y: 30 });
    store.undo();
    expect(store.getState().flow.layout.nodes.a).toEqual({ x: 0, y: 0 });
    expect(store.getState().canUndo).toBe(false);
  });

  it('writes an arrow-key move (no drag gesture) to the document at once', () => {
    const store = createEditorStore(makeFlow([createNode('message', 'a')]));
    const base = toReactFlow(store.getState().flow, { nodeIds: [], edgeIds: [] }).nodes;
    const { result } = renderHook(() => useDragPositions(store, base));
    act(() => result.current.move({ a: { x: 5, y: 0 } }, false));
    expect(store.getState().flow.layout.nodes.a).toEqual({ x: 5, y: 0 });
  });
});
