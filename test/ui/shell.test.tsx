// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/App';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { addNode } from '../../src/editor/commands/addNode';
import { createNode, makeFlow, renderEditor } from './renderEditor';

describe('shell', () => {
  it('Undo and Redo buttons name the step and move through history', async () => {
    const { store, user } = renderEditor(makeFlow([]));
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    act(() => void store.run(addNode, { type: 'pause', position: { x: 0, y: 0 } }));
    expect(undo).toBeEnabled();
    expect(undo).toHaveAttribute('title', expect.stringContaining('Undo Add Pause'));
    await user.click(undo);
    expect(store.getState().flow.nodes).toHaveLength(0);
    expect(redo).toHaveAttribute('title', expect.stringContaining('Redo Add Pause'));
    await user.click(redo);
    expect(store.getState().flow.nodes).toHaveLength(1);
  });

  it('keyboard: Ctrl+Z / Ctrl+Shift+Z, Ctrl+A then Delete, and not while typing', async () => {
    const { store, user } = renderEditor(makeFlow([createNode('pause', 'p1'), createNode('message', 'm1')]));
    await user.click(document.body);
    await user.keyboard('{Control>}a{/Control}');
    expect(store.getState().selection.nodeIds).toEqual(['p1', 'm1']);
    await user.keyboard('{Delete}');
    expect(store.getState().flow.nodes).toHaveLength(0);
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().flow.nodes).toHaveLength(2);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().flow.nodes).toHaveLength(0);
    store.undo();
    // Typing Backspace in the flow name edits the name, not the selection.
    act(() => store.setSelection({ nodeIds: ['p1'], edgeIds: [] }));
    await user.click(screen.getByRole('textbox', { name: 'Flow name' }));
    await user.keyboard('{Backspace}');
    expect(store.getState().flow.nodes).toHaveLength(2);
  });

  it('copies and pastes a node with fresh ids, and duplicates with Ctrl+D', async () => {
    const { store, user } = renderEditor(makeFlow([createNode('pause', 'p1')]));
    act(() => store.setSelection({ nodeIds: ['p1'], edgeIds: [] }));
    await user.click(screen.getByRole('button', { name: 'Undo' }).parentElement!); // focus leaves fields
    await user.keyboard('{Control>}c{/Control}');
    await user.keyboard('{Control>}v{/Control}');
    await waitFor(() => expect(store.getState().flow.nodes).toHaveLength(2));
    await user.keyboard('{Control>}d{/Control}');
    expect(store.getState().flow.nodes).toHaveLength(3);
    expect(new Set(store.getState().flow.nodes.map((n) => n.id)).size).toBe(3);
  });

  it('renames the flow inline as one step', async () => {
    const { store, user } = renderEditor(makeFlow([]));
    const name = screen.getByRole('textbox', { name: 'Flow name' });
    await user.clear(name);
    await user.type(name, 'Support line{Enter}');
    expect(store.getState().flow.name).toBe('Support line');
    store.undo();
    expect(store.getState().flow.name).toBe('Test flow');
  });

  it('resizes a panel from the keyboard through its separator', async () => {
    const { user } = renderEditor(makeFlow([]));
    const separator = screen.getByRole('separator', { name: 'Resize inspector' });
    const before = Number(separator.getAttribute('aria-valuenow'));
    separator.focus();
    await user.keyboard('{ArrowLeft}');
    expect(Number(separator.getAttribute('aria-valuenow'))).toBe(before + 16);
  });

  it('collapses and restores the palette and the inspector, and remembers it', async () => {
    const { user, unmount } = renderEditor(makeFlow([]));
    await user.click(screen.getByRole('button', { name: 'Hide palette' }));
    expect(screen.queryByRole('navigation', { name: 'Node palette' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Hide inspector' }));
    expect(screen.queryByRole('complementary', { name: 'Inspector' })).toBeNull();
    unmount();
    // A fresh editor in the same browser keeps the panels as the user left them.
    render(<App store={createEditorStore(makeFlow([]))} />);
    expect(screen.queryByRole('navigation', { name: 'Node palette' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show palette' }));
    expect(screen.getByRole('navigation', { name: 'Node palette' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show inspector' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('the problems button opens the Problems tab', async () => {
    const { user } = renderEditor(makeFlow([createNode('handover', 'h1', { destination: { kind: 'voice', to: 'nope' } })]));
    await user.click(screen.getByRole('tab', { name: 'Outline' }));
    await user.click(screen.getByRole('button', { name: /^Problems: \d+ errors?, \d+ warnings?$/ }));
    expect(screen.getByRole('tab', { name: /Problems/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('counts problems in words that agree: "1 problem", "Problems: 1 error, 0 warnings", a node badge "1 error"', async () => {
    const trigger = createNode('trigger_human_requested', 't', { phrases: [] });
    const message = createNode('message', 'm', { text: 'Hi' });
    renderEditor(makeFlow([trigger, message], [{ id: 'e', source: 't', sourcePort: 'next', target: 'm' }], { settings: { channels: ['web_chat'] } }));
    const button = screen.getByRole('button', { name: 'Problems: 1 error, 0 warnings' });
    expect(button).toHaveTextContent(/^1 problem$/);
    const canvas = screen.getByRole('region', { name: 'Flow canvas' });
    const node = await within(canvas).findByRole('group', { name: 'Human requested' });
    expect(within(node).getByLabelText('1 error')).toBeInTheDocument();
  });

  it('a guarded tab switch waits for the guard to let it through', async () => {
    const pending: Array<() => void> = [];
    const { user } = renderEditor(makeFlow([]), { guardTabChange: (leave) => void pending.push(leave) });
    await user.click(screen.getByRole('tab', { name: 'Outline' }));
    expect(screen.getByRole('tab', { name: /Problems/ })).toHaveAttribute('aria-selected', 'true');
    expect(pending).toHaveLength(1);
    act(() => pending[0]());
    expect(screen.getByRole('tab', { name: 'Outline' })).toHaveAttribute('aria-selected', 'true');
    // Selecting the tab already shown asks nothing.
    await user.click(screen.getByRole('tab', { name: 'Outline' }));
    expect(pending).toHaveLength(1);
  });
});
