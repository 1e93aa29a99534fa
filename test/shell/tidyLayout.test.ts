import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../src/editor/commands/autoLayout';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { TIDY_LAYOUT_KEYS, tidyLayout } from '../../src/ui/canvas/tidyLayout';
import { makeFlow, createNode } from '../ui/renderEditor';

describe('tidyLayout (the lazily loaded Tidy layout action)', () => {
  it('uses the same shortcut as the autoLayout command', () => {
    expect(TIDY_LAYOUT_KEYS).toEqual(autoLayout.keys);
  });

  it('moves nodes as one undoable step, and reports when nothing moved', async () => {
    const flow = makeFlow([createNode('pause', 'p1'), createNode('message', 'm1')]);
    flow.layout.nodes = { p1: { x: 0, y: 0 }, m1: { x: 0, y: 0 } };
    const store = createEditorStore(flow);
    expect(await tidyLayout(store)).toBe(true);
    const { p1, m1 } = store.getState().flow.layout.nodes;
    expect(p1).not.toEqual(m1);
    expect(await tidyLayout(store)).toBe(false);
    store.undo();
    expect(store.getState().flow.layout.nodes).toEqual({ p1: { x: 0, y: 0 }, m1: { x: 0, y: 0 } });
  });
});
