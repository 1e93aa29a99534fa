// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createNode, makeFlow, renderEditor } from './renderEditor';

const contextOf = (node: { data: unknown } | undefined) => (node?.data as { context?: Record<string, unknown> }).context;

describe('Handover inspector: what the agent receives', { timeout: 40_000 }, () => {
  it('turns the context on, edits it, and measures it live against the 1,024-character SIP budget', async () => {
    const { user, select, node } = renderEditor(makeFlow([createNode('handover', 'h1', { destination: { kind: 'voice', to: 'sip:agent@example.com', attributes: [{ name: 'X-Customer-Id', value: '12345' }] } })]));
    select('h1');
    const group = await screen.findByRole('group', { name: 'What the agent receives' });
    expect(within(group).queryByRole('textbox', { name: 'Private note' })).toBeNull();
    await user.click(within(group).getByRole('checkbox', { name: 'Pass context to the agent' }));
    expect(contextOf(node('h1'))).toMatchObject({ summaryVariable: 'summary', transcriptMessages: 10, warmTransfer: false });

    const meter = within(group).getByRole('meter', { name: 'SIP headers (attributes and context) budget' });
    const before = Number(meter.getAttribute('aria-valuetext')?.split(' ')[0]);
    await user.type(within(group).getByRole('textbox', { name: 'Private note' }), 'VIP');
    expect(contextOf(node('h1'))).toMatchObject({ note: 'VIP' });
    // X-Baton-Note + VIP: 12 + 3 more characters on the shared budget.
    expect(meter).toHaveAttribute('aria-valuetext', `${before + 15} of 1024 characters URL-encoded`);
    // The header table's meter is the same component, still counting only the attributes.
    expect(screen.getByRole('meter', { name: 'URL-encoded header budget' })).toHaveAttribute('aria-valuetext', '18 of 1024 characters');

    fireEvent.change(within(group).getByRole('textbox', { name: 'Sample summary (Simulator)' }), { target: { value: 'x'.repeat(1000) } });
    expect(meter).toHaveClass('is-over');
    expect(await screen.findAllByText(/the limit is 1024/)).not.toHaveLength(0);

    const warm = within(group).getByRole('checkbox', { name: 'Warm transfer' });
    expect(warm).toHaveAccessibleDescription(/declining takes the Rejected output/);
    await user.click(warm);
    expect(contextOf(node('h1'))).toMatchObject({ warmTransfer: true });

    await user.click(within(group).getByRole('checkbox', { name: 'Pass context to the agent' }));
    expect(contextOf(node('h1'))).toBeUndefined();
  });

  it('Messenger measures its metadata against 1,000 characters; live chat has no warm transfer', async () => {
    const { user, select } = renderEditor(
      makeFlow([
        createNode('handover', 'm1', { destination: { kind: 'messenger' }, context: {} }),
        createNode('handover', 'l1', { destination: { kind: 'live_chat' }, context: {} }),
      ]),
    );
    select('m1');
    const group = await screen.findByRole('group', { name: 'What the agent receives' });
    expect(within(group).getByRole('meter', { name: 'Messenger metadata budget' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/ of 1000 characters$/));
    select('l1');
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'What the agent receives' })).queryByRole('meter')).toBeNull());
    const chat = screen.getByRole('group', { name: 'What the agent receives' });
    expect(within(chat).queryByRole('checkbox', { name: 'Warm transfer' })).toBeNull();
    expect(within(chat).getByText(/Shown to the agent with the conversation in Live chat/)).toBeInTheDocument();
    await user.clear(within(chat).getByRole('textbox', { name: 'Variables' }));
    await user.type(within(chat).getByRole('textbox', { name: 'Variables' }), 'customer_id, order_id');
    expect(within(chat).getByRole('textbox', { name: 'Variables' })).toHaveValue('customer_id, order_id');
  });
});
