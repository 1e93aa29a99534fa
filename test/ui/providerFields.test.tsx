// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { createNode, makeFlow, renderEditor } from './renderEditor';

const destinationOf = (node: { data: unknown } | undefined) => (node?.data as { destination: Record<string, unknown> }).destination;

describe('Handover inspector: the providers current APIs', { timeout: 40_000 }, () => {
  it('Messenger: switches to Conversation Routing, writes the pass message and states the webhook fields', async () => {
    const { user, select, node } = renderEditor(makeFlow([createNode('handover', 'h1', { destination: { kind: 'messenger' } })]));
    select('h1');
    const protocol = await screen.findByRole('combobox', { name: 'Protocol' });
    expect(protocol).toHaveValue('handover_protocol');
    expect(protocol).toHaveAccessibleDescription(/Conversation Routing/);
    expect(screen.queryByRole('textbox', { name: 'Pass message' })).toBeNull();

    fireEvent.change(protocol, { target: { value: 'conversation_routing' } });
    const pass = screen.getByRole('textbox', { name: 'Pass message' });
    await user.type(pass, 'Connecting you');
    expect(destinationOf(node('h1'))).toMatchObject({ protocol: 'conversation_routing', passMessage: 'Connecting you' });

    const group = screen.getByRole('group', { name: 'Webhook fields the app subscribes' });
    expect(within(group).getByText(/Not stated yet/)).toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: 'messaging_handovers' }));
    await user.click(within(group).getByRole('checkbox', { name: 'standby' }));
    expect(destinationOf(node('h1')).webhooks).toEqual(['messaging_handovers', 'standby']);
    await user.click(within(group).getByRole('checkbox', { name: 'standby' }));
    expect(destinationOf(node('h1')).webhooks).toEqual(['messaging_handovers']);

    fireEvent.change(screen.getByRole('combobox', { name: 'Pass the thread to' }), { target: { value: 'app' } });
    await user.type(screen.getByRole('textbox', { name: 'App id' }), '555');
    expect(destinationOf(node('h1'))).toMatchObject({ target: 'app', targetAppId: '555' });
  });

  it('Zendesk: department routing by default; the switchboard shows the integration, the history choice and metadata with its size', async () => {
    const { user, select, node } = renderEditor(makeFlow([createNode('handover', 'h1', { destination: { kind: 'zendesk', department_routing: '360001' } })]));
    select('h1');
    const product = await screen.findByRole('combobox', { name: 'Zendesk product' });
    expect(product).toHaveValue('chat_department');
    expect(screen.getByRole('textbox', { name: 'Department ID (department_routing)' })).toHaveValue('360001');

    fireEvent.change(product, { target: { value: 'messaging_switchboard' } });
    expect(screen.queryByRole('textbox', { name: 'Department ID (department_routing)' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Switchboard integration' })).toHaveValue('zd:agentWorkspace');
    const history = screen.getByRole('combobox', { name: 'The agent sees' });
    expect(history).toHaveAccessibleDescription(/last 10 messages/);
    fireEvent.change(history, { target: { value: 'whole_conversation' } });

    await user.click(screen.getByRole('button', { name: '+ Add metadata' }));
    await user.type(screen.getByRole('textbox', { name: 'Metadata 1 key' }), 'order');
    await user.type(screen.getByRole('textbox', { name: 'Metadata 1 value' }), '1234');
    expect(destinationOf(node('h1'))).toMatchObject({ mode: 'messaging_switchboard', history: 'whole_conversation', switchboardMetadata: [{ key: 'order', value: '1234' }] });
    // {"order":"1234","first_message_id":"{{first_message_id}}"} is 58 bytes.
    expect(screen.getByRole('meter', { name: 'Metadata size' })).toHaveAttribute('aria-valuetext', '58 of 4096 bytes');
    await user.click(screen.getByRole('button', { name: 'Remove metadata 1 (order)' }));
    expect(destinationOf(node('h1')).switchboardMetadata).toEqual([]);
  });
});
