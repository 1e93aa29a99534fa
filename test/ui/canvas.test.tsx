// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createNode, makeFlow, renderEditor } from './renderEditor';

function voiceFlow() {
  const trigger = createNode('trigger_knowledge_gap', 't1', { enabled: false });
  const pause = createNode('pause', 'p1', { seconds: 1.5 });
  const handover = createNode('handover', 'h1', {
    destination: { kind: 'voice', to: 'sip:desk@example.com', attributes: [{ name: 'X-Customer-Id', value: '42' }, { name: 'User-to-User', value: 'a1;encoding=hex' }] },
  });
  const note = createNode('note', 'n1', { text: 'Ask Dana' });
  return makeFlow([trigger, pause, handover, note], [{ id: 'e1', source: 'p1', sourcePort: 'next', target: 'h1' }]);
}

describe('canvas', () => {
  it('shows what matters on each node, with labelled outputs and a problem badge', async () => {
    renderEditor(voiceFlow());
    const canvas = screen.getByRole('region', { name: 'Flow canvas' });
    const handover = await within(canvas).findByRole('group', { name: 'Handover' });
    expect(handover).toHaveTextContent('To sip:desk@example.com');
    expect(handover).toHaveTextContent('2 SIP headers');
    // Twilio never retries: an unconnected failure branch drops the call, and the node says so.
    for (const port of ['Busy', 'No answer', 'Rejected']) expect(within(handover).getByLabelText(`${port} output`)).toBeInTheDocument();
    expect(within(handover).getAllByText('drops call')).toHaveLength(3);
    expect(within(canvas).getByRole('group', { name: 'Pause' })).toHaveTextContent('1.5 s');
    const trigger = within(canvas).getByRole('group', { name: 'Knowledge gap' });
    expect(trigger).toHaveTextContent('Off');
    // The disabled trigger leaves nothing enabled: the validator's finding shows as a badge on it.
    expect(within(trigger).getByLabelText(/^\d+ (error|warning)s?$/)).toBeInTheDocument();
  });

  it('edits a sticky note in place as one undo step', async () => {
    const { store, user, node } = renderEditor(voiceFlow());
    const text = await screen.findByRole('textbox', { name: 'Note text' });
    await user.type(text, ' on Mondays');
    await user.tab();
    expect(node('n1')).toMatchObject({ data: { text: 'Ask Dana on Mondays' } });
    store.undo();
    expect(node('n1')).toMatchObject({ data: { text: 'Ask Dana' } });
  });

  it('finds a node by text with Ctrl+F and selects it with Enter', async () => {
    const { store, user } = renderEditor(voiceFlow());
    await user.keyboard('{Control>}f{/Control}');
    const search = screen.getByRole('combobox', { name: 'Search nodes' });
    expect(search).toHaveFocus();
    await user.type(search, 'desk');
    expect(screen.getByRole('option', { name: /Handover/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(store.getState().selection.nodeIds).toEqual(['h1']);
    expect(within(screen.getByRole('complementary', { name: 'Inspector' })).getByRole('heading', { name: 'Handover' })).toBeInTheDocument();
  });

  it('switches between light and dark themes and remembers the choice', async () => {
    const { user } = renderEditor(voiceFlow());
    const before = document.documentElement.dataset.theme;
    const toggle = screen.getByRole('button', { name: /Switch to (dark|light) theme/ });
    await user.click(toggle);
    const after = document.documentElement.dataset.theme;
    expect(after).not.toBe(before);
    expect(localStorage.getItem('baton.theme')).toBe(after);
  });
});
