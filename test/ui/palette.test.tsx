// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { NODE_KINDS, NODE_TYPES, PALETTE_GROUPS } from '../../src/schema';
import { createNode, makeFlow, renderEditor } from './renderEditor';

// Drag and drop (dnd-kit) is a lazy chunk; the gate holds it back so a test can see the palette
// before it arrives, as a user does on the first paint.
const chunk = vi.hoisted(() => {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { gate, open };
});
vi.mock('../../src/ui/palette/PaletteDnd', async (importOriginal) => {
  await chunk.gate;
  return importOriginal();
});

const DRAGGABLE = 'draggable node kind';

describe('palette', () => {
  // First in the file: the chunk loads once per page, and the module stays loaded for the tests below.
  it('adds by keyboard before drag and drop has loaded, then becomes draggable with focus kept', async () => {
    const { store, user } = renderEditor(makeFlow([]));
    const plain = screen.getByRole('button', { name: 'Pause' });
    expect(plain).not.toHaveAttribute('aria-roledescription');
    plain.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().flow.nodes.map((n) => n.type)).toEqual(['pause']);

    chunk.open();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-roledescription', DRAGGABLE));
    const draggable = screen.getByRole('button', { name: 'Pause' });
    // The list remounted under DndContext: focus is back on the item it was on.
    expect(draggable).not.toBe(plain);
    expect(draggable).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().flow.nodes.map((n) => n.type)).toEqual(['pause', 'pause']);
    for (const type of NODE_TYPES) expect(screen.getByRole('button', { name: NODE_KINDS[type].label })).toHaveAttribute('aria-roledescription', DRAGGABLE);
  });

  it('shows draggable items at once when the palette mounts again after loading', () => {
    renderEditor(makeFlow([]));
    expect(screen.getByRole('button', { name: 'Handover' })).toHaveAttribute('aria-roledescription', DRAGGABLE);
  });

  it('adds a kind by double-click', async () => {
    const { store, user } = renderEditor(makeFlow([]));
    await user.dblClick(screen.getByRole('button', { name: 'Message' }));
    expect(store.getState().flow.nodes.map((n) => n.type)).toEqual(['message']);
  });

  it('lists every node kind by its label under its group heading', () => {
    renderEditor(makeFlow([]));
    const palette = screen.getByRole('navigation', { name: 'Node palette' });
    for (const group of PALETTE_GROUPS) {
      const section = within(palette).getByRole('region', { name: group });
      for (const type of NODE_TYPES.filter((t) => NODE_KINDS[t].group === group)) {
        expect(within(section).getByRole('button', { name: NODE_KINDS[type].label })).toBeInTheDocument();
      }
    }
  });

  it('adds the focused kind with Enter, selected, and the addition is one undo step', async () => {
    const { store, user } = renderEditor(makeFlow([]));
    screen.getByRole('button', { name: 'Pause' }).focus();
    await user.keyboard('{Enter}');
    const { flow, selection } = store.getState();
    expect(flow.nodes.map((n) => n.type)).toEqual(['pause']);
    expect(selection.nodeIds).toEqual([flow.nodes[0].id]);
    // Positions snap to the 15 px grid.
    const pos = flow.layout.nodes[flow.nodes[0].id];
    expect(Math.abs(pos.x % 15)).toBe(0);
    expect(Math.abs(pos.y % 15)).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().flow.nodes).toHaveLength(0);
  });

  it('adds kinds one after another with Enter without piling them on one spot', async () => {
    const { store, user } = renderEditor(makeFlow([]));
    for (const name of ['Human requested', 'Message', 'Pause']) {
      screen.getByRole('button', { name }).focus();
      await user.keyboard('{Enter}');
    }
    const { flow } = store.getState();
    const spots = new Set(flow.nodes.map((n) => `${flow.layout.nodes[n.id].x},${flow.layout.nodes[n.id].y}`));
    expect(spots.size).toBe(3);
    expect(store.getState().selection.nodeIds).toEqual([flow.nodes[2].id]);
  });

  it('disables Handover with the reason once the bot has 6 handovers', async () => {
    const handovers = Array.from({ length: 6 }, (_, i) => createNode('handover', `h${i}`));
    const { store, user } = renderEditor(makeFlow(handovers));
    const item = screen.getByRole('button', { name: 'Handover' });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveAccessibleDescription(/At most 6 handover actions per bot/);
    item.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().flow.nodes).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-disabled', 'false');
  });

  it('filters kinds by text', async () => {
    const { user } = renderEditor(makeFlow([]));
    await user.type(screen.getByRole('searchbox', { name: 'Filter node kinds' }), 'tag');
    expect(screen.getByRole('button', { name: 'Add tag' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });
});
