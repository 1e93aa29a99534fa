// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { NODE_KINDS, NODE_TYPES, PALETTE_GROUPS } from '../../src/schema';
import { createNode, makeFlow, renderEditor } from './renderEditor';

describe('palette', () => {
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

describe('palette drag and drop', () => {
  /** The canvas at x 300–1100, y 0–600 (jsdom lays nothing out); the palette item near the left edge. */
  function setup() {
    const rendered = renderEditor(makeFlow([]));
    const canvas = screen.getByRole('region', { name: 'Flow canvas' });
    canvas.getBoundingClientRect = () => new DOMRect(300, 0, 800, 600);
    const item = screen.getByRole('button', { name: 'Pause' });
    const press = (x = 40, y = 40) => fireEvent.pointerDown(item, { button: 0, isPrimary: true, pointerId: 1, clientX: x, clientY: y });
    const move = (x: number, y: number) => fireEvent.pointerMove(window, { pointerId: 1, clientX: x, clientY: y });
    const release = (x: number, y: number) => fireEvent.pointerUp(window, { pointerId: 1, clientX: x, clientY: y });
    const types = () => rendered.store.getState().flow.nodes.map((n) => n.type);
    return { ...rendered, item, press, move, release, types };
  }

  it('adds the kind where it is released over the canvas, selected', () => {
    const { store, press, move, release, types } = setup();
    press();
    move(60, 45);
    move(500, 300);
    release(500, 300);
    expect(types()).toEqual(['pause']);
    expect(store.getState().selection.nodeIds).toEqual([store.getState().flow.nodes[0].id]);
  });

  it('adds nothing when released outside the canvas, when Escape cancels, or when the press never moved 5 px', () => {
    const { press, move, release, types } = setup();
    press();
    move(200, 300);
    release(200, 300);
    press();
    move(500, 300);
    fireEvent.keyDown(window, { key: 'Escape' });
    release(500, 300);
    press();
    move(43, 42);
    release(43, 42);
    expect(types()).toEqual([]);
  });

  it('does not drag a kind that cannot be added now (the sixth handover)', () => {
    const handovers = Array.from({ length: 6 }, (_, i) => createNode('handover', `h${i}`));
    const { store } = renderEditor(makeFlow(handovers));
    screen.getByRole('region', { name: 'Flow canvas' }).getBoundingClientRect = () => new DOMRect(300, 0, 800, 600);
    const item = screen.getByRole('button', { name: 'Handover' });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    fireEvent.pointerDown(item, { button: 0, isPrimary: true, pointerId: 1, clientX: 40, clientY: 40 });
    fireEvent.pointerMove(window, { pointerId: 1, clientX: 500, clientY: 300 });
    fireEvent.pointerUp(window, { pointerId: 1, clientX: 500, clientY: 300 });
    expect(store.getState().flow.nodes).toHaveLength(6);
  });
});
