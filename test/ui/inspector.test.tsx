// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createNode, makeFlow, renderEditor } from './renderEditor';

function voice(to: string, attributes: { name: string; value: string }[]) {
  return createNode('handover', 'h1', { destination: { kind: 'voice', to, attributes } });
}

describe('inspector', () => {
  it('edits a Pause: typing updates the store live and the whole field edit is one undo step', async () => {
    const { store, user, select, node } = renderEditor(makeFlow([createNode('pause', 'p1')]));
    select('p1');
    const seconds = await screen.findByRole('spinbutton', { name: 'Pause' });
    expect(screen.getByText(/Add a Pause of 1–2 seconds before a voice handover/)).toBeInTheDocument();
    await user.clear(seconds);
    await user.type(seconds, '2.5');
    expect(node('p1')).toMatchObject({ data: { seconds: 2.5 } });
    await user.tab();
    store.undo();
    expect(node('p1')).toMatchObject({ data: { seconds: 1.5 } });
    expect(store.getState().canUndo).toBe(false);
  });

  it('keeps an out-of-range number local and says why', async () => {
    const { user, select, node } = renderEditor(makeFlow([createNode('pause', 'p1')]));
    select('p1');
    const seconds = await screen.findByRole('spinbutton', { name: 'Pause' });
    await user.clear(seconds);
    await user.type(seconds, '99');
    expect(seconds).toHaveAccessibleDescription(/from 0 to 60/);
    expect(seconds).toHaveAttribute('aria-invalid', 'true');
    // "9" was valid and kept; "99" stays in the field only.
    expect(node('p1')).toMatchObject({ data: { seconds: 9 } });
    await user.tab();
    expect(seconds).toHaveValue(9);
    expect(seconds).not.toHaveAttribute('aria-invalid');
  });

  it('renames a node through its Title field', async () => {
    const { user, select, node } = renderEditor(makeFlow([createNode('message', 'm1')]));
    select('m1');
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Goodbye');
    expect(node('m1')?.title).toBe('Goodbye');
  });

  it('says which SIP headers are kept or dropped and meters the encoded budget', async () => {
    const attributes = [
      { name: 'X-Customer-Id', value: '12345' },
      { name: 'X-Twilio-Secret', value: 'a' },
      { name: 'Subject', value: 'b' },
    ];
    const { select } = renderEditor(makeFlow([voice('sip:agent@example.com', attributes)]));
    select('h1');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Kept');
    expect(rows[1]).toHaveTextContent(/Dropped.*X-Twilio.*32113/);
    expect(rows[2]).toHaveTextContent(/Dropped.*allow-list.*13252/);
    // The reason once: the problem's own words, not the same reason again in grey.
    expect(rows[1].textContent!.match(/32113/g)).toHaveLength(2); // the visually hidden status and the message
    // Only kept headers use the budget: "X-Customer-Id" (13) + "12345" (5).
    expect(screen.getByText('18 / 1024')).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'URL-encoded header budget' })).toHaveAttribute('aria-valuetext', '18 of 1024 characters');
  });

  it('updates the budget as a header value is typed, and notes attributes are ignored for phone numbers', async () => {
    const { user, select, node } = renderEditor(makeFlow([voice('sip:agent@example.com', [{ name: 'X-A', value: '' }])]));
    select('h1');
    await user.type(await screen.findByRole('textbox', { name: 'Header 1 value' }), 'a b');
    expect(screen.getByText('8 / 1024')).toBeInTheDocument(); // "X-A" + "a%20b"
    const destination = screen.getByRole('textbox', { name: 'Destination' });
    await user.clear(destination);
    await user.type(destination, '+12025551234');
    expect(node('h1')).toMatchObject({ data: { destination: { to: '+12025551234' } } });
    expect(screen.getByRole('note')).toHaveTextContent(/ignored.*phone number/);
    expect(screen.getByText(/Phone number \(E\.164\)/)).toBeInTheDocument();
  });

  it('connects an output port with its "Next step" picker, and disconnects it', async () => {
    const flow = makeFlow([createNode('pause', 'p1'), createNode('handover', 'h1')]);
    const { store, user, select } = renderEditor(flow);
    select('p1');
    const picker = await screen.findByRole('combobox', { name: 'Next step after Next' });
    await user.selectOptions(picker, 'h1');
    expect(store.getState().flow.edges).toMatchObject([{ source: 'p1', sourcePort: 'next', target: 'h1' }]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Next step after Next' }), '');
    expect(store.getState().flow.edges).toEqual([]);
  });

  it('makes a keyboard pass through a "Next step" picker one undo step, and the next pass another', async () => {
    const flow = makeFlow([createNode('pause', 'p1'), createNode('handover', 'h1'), createNode('message', 'm1'), createNode('end', 'e1')]);
    const { store, select } = renderEditor(flow);
    select('p1');
    const picker = await screen.findByRole('combobox', { name: 'Next step after Next' });
    const edges = () => store.getState().flow.edges.map((e) => `${e.source}.${e.sourcePort}>${e.target}`);
    // Chromium fires a change for each option ArrowDown passes in a closed select.
    act(() => picker.focus());
    for (const target of ['h1', 'm1', 'e1']) fireEvent.change(picker, { target: { value: target } });
    expect(edges()).toEqual(['p1.next>e1']);
    act(() => picker.blur());
    act(() => picker.focus());
    for (const target of ['m1', 'h1']) fireEvent.change(picker, { target: { value: target } });
    act(() => picker.blur());
    expect(edges()).toEqual(['p1.next>h1']);
    act(() => store.undo());
    expect(edges()).toEqual(['p1.next>e1']);
    act(() => store.undo());
    expect(edges()).toEqual([]);
    expect(store.getState().canUndo).toBe(false);
  });

  it('makes a keyboard pass through any inspector select one undo step, and a change without focus a step of its own', async () => {
    const { store, select, node } = renderEditor(makeFlow([createNode('handover', 'h1')]));
    select('h1');
    const kind = await screen.findByRole('combobox', { name: 'Hand over to' });
    const destination = () => (node('h1')?.data as { destination: { kind: string } }).destination.kind;
    expect(destination()).toBe('live_chat');
    act(() => kind.focus());
    for (const value of ['zendesk', 'messenger', 'voice']) fireEvent.change(kind, { target: { value } });
    act(() => kind.blur());
    expect(destination()).toBe('voice');
    fireEvent.change(screen.getByRole('combobox', { name: 'Hand over to' }), { target: { value: 'messenger' } });
    expect(destination()).toBe('messenger');
    act(() => store.undo());
    expect(destination()).toBe('voice');
    act(() => store.undo());
    expect(destination()).toBe('live_chat');
    expect(store.getState().canUndo).toBe(false);
  });

  it('names each "Next step" choice as the canvas shows it, with the id only when two read the same', async () => {
    const hello = createNode('message', 'm1', { text: 'Hello' });
    const again = createNode('message', 'm2', { text: 'Hello' });
    const flow = makeFlow([createNode('pause', 'p1'), hello, again, createNode('end', 'e1'), createNode('end', 'e2'), createNode('note', 'n1')]);
    const { store, user, select } = renderEditor(flow);
    select('p1');
    const picker = await screen.findByRole('combobox', { name: 'Next step after Next' });
    const options = within(picker).getAllByRole('option').map((o) => o.textContent);
    // Untitled steps read as everywhere else ("End 1" is the first End in flow order); two messages
    // saying the same thing are told apart by id, the only thing that differs.
    expect(options).toEqual(['— not connected —', 'Message "Hello" (m1)', 'Message "Hello" (m2)', 'End 1', 'End 2']);
    await user.selectOptions(picker, 'End 2');
    expect(picker).toHaveDisplayValue('End 2');
    expect(store.getState().flow.edges).toContainEqual(expect.objectContaining({ source: 'p1', target: 'e2' }));
  });

  it('shows flow settings when nothing is selected, and adds staff', async () => {
    const { store, user } = renderEditor(makeFlow([]));
    await user.click(screen.getByRole('checkbox', { name: 'Call recording' }));
    expect(store.getState().flow.settings.voice.recording).toBe(true);
    await user.click(screen.getByRole('button', { name: '+ Add staff member' }));
    expect(store.getState().flow.settings.staff).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: 'When a task gets assigned to me' })).toBeChecked();
  });
  it('counts a selection in words: one connection is "1 item selected", a node and a connection "2 items"', async () => {
    const flow = makeFlow([createNode('pause', 'p1'), createNode('trigger_human_requested', 't1')], [{ id: 'e1', source: 't1', sourcePort: 'next', target: 'p1' }]);
    const { store } = renderEditor(flow);
    act(() => store.setSelection({ nodeIds: [], edgeIds: ['e1'] }));
    expect(await screen.findByRole('heading', { name: '1 item selected' })).toBeInTheDocument();
    act(() => store.setSelection({ nodeIds: ['p1'], edgeIds: ['e1'] }));
    expect(await screen.findByRole('heading', { name: '2 items selected' })).toBeInTheDocument();
  });
});
