// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createNode, handoverPortsOf, type HandoverDestination } from '../../src/schema';
import { makeFlow, renderEditor } from './renderEditor';

const destinationOf = (node: { data: unknown } | undefined) => (node?.data as { destination: HandoverDestination }).destination;

describe('Handover inspector: a voice handover waiting in a Twilio queue', { timeout: 40_000 }, () => {
  it('turns the queue on with a name and waiting messages that say the key, hides the dial fields, and back off', async () => {
    const { user, select, node, store } = renderEditor(makeFlow([createNode('handover', 'h1', { destination: { kind: 'voice', to: '+12025550143' } })]));
    select('h1');
    const group = await screen.findByRole('group', { name: 'Twilio queue' });
    const toggle = within(group).getByRole('checkbox', { name: 'Wait in a Twilio queue' });
    expect(toggle).toHaveAccessibleDescription(/<Enqueue>/);
    expect(screen.getByRole('textbox', { name: 'Destination' })).toBeInTheDocument();

    await user.click(toggle);
    const d = destinationOf(node('h1'));
    expect(d).toMatchObject({ kind: 'voice', queue: { name: 'support', maxWaitMinutes: 10, callbackDigit: '1', holdMusicUrl: '' } });
    expect(d.kind === 'voice' && d.waiting?.callbackOffer).toMatch(/press 1/);
    expect(handoverPortsOf(d)).toEqual(['transferred', 'no_answer', 'rejected', 'abandoned']);
    // The dial fields go; the queue's and the waiting messages' fields come.
    expect(screen.queryByRole('textbox', { name: 'Destination' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Send waiting messages' })).toBeChecked();

    const name = within(group).getByRole('textbox', { name: 'Queue name' });
    await user.clear(name);
    await user.type(name, 'billing');
    fireEvent.change(within(group).getByRole('combobox', { name: 'Callback key' }), { target: { value: '9' } });
    expect(destinationOf(node('h1'))).toMatchObject({ queue: { name: 'billing', callbackDigit: '9' } });
    expect(within(group).getByRole('combobox', { name: 'Callback key' })).toHaveAccessibleDescription(/Say the key in the offer/);

    await user.click(within(group).getByRole('checkbox', { name: 'Wait in a Twilio queue' }));
    const off = destinationOf(node('h1'));
    expect(off).not.toHaveProperty('queue');
    expect(off).not.toHaveProperty('waiting');
    expect(screen.getByRole('textbox', { name: 'Destination' })).toHaveValue('+12025550143');
    act(() => store.undo());
    expect(destinationOf(node('h1'))).toMatchObject({ queue: { name: 'billing' } });
  });

  it('"Hand over to" Messenger starts a new destination on Conversation Routing with a pass message', async () => {
    const { select, node } = renderEditor(makeFlow([createNode('handover', 'h1')]));
    select('h1');
    fireEvent.change(await screen.findByRole('combobox', { name: 'Hand over to' }), { target: { value: 'messenger' } });
    expect(screen.getByRole('combobox', { name: 'Protocol' })).toHaveValue('conversation_routing');
    expect(screen.getByRole('textbox', { name: 'Pass message' })).toHaveValue('Connecting you with our team.');
    expect(destinationOf(node('h1'))).toMatchObject({ kind: 'messenger', protocol: 'conversation_routing' });
  });
});
