// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { createNode, makeFlow, renderEditor } from './renderEditor';

const minutesOf = (node: { data: unknown } | undefined) => (node?.data as { handBackAfterIdleMinutes?: number }).handBackAfterIdleMinutes;

describe('Handover inspector: hand back after a silence', { timeout: 40_000 }, () => {
  it('turns the idle hand back on with 30 minutes, edits it, refuses nonsense and turns it off', async () => {
    const { user, select, node } = renderEditor(makeFlow([createNode('handover', 'h1', { destination: { kind: 'live_chat' } })]));
    select('h1');
    const toggle = await screen.findByRole('checkbox', { name: 'Hand back after a silence' });
    expect(toggle).toHaveAccessibleDescription(/flow goes on from Resolved/);
    expect(screen.queryByRole('spinbutton', { name: /Idle time before the hand back/ })).toBeNull();
    await user.click(toggle);
    expect(minutesOf(node('h1'))).toBe(30);
    const minutes = screen.getByRole('spinbutton', { name: /Idle time before the hand back/ });
    fireEvent.change(minutes, { target: { value: '90' } });
    expect(minutesOf(node('h1'))).toBe(90);
    fireEvent.change(minutes, { target: { value: '0' } });
    expect(await screen.findByText(/enter a value from 1 to 10080 min/)).toBeInTheDocument();
    expect(minutesOf(node('h1'))).toBe(90);
    await user.click(screen.getByRole('checkbox', { name: 'Hand back after a silence' }));
    expect(node('h1')?.data).not.toHaveProperty('handBackAfterIdleMinutes');
  });

  it('is not offered on a voice transfer, which cannot come back to the bot', async () => {
    const { select } = renderEditor(makeFlow([createNode('handover', 'v1', { destination: { kind: 'voice', to: '+12025551234' } })]));
    select('v1');
    await screen.findByRole('textbox', { name: 'Destination' });
    expect(screen.queryByRole('checkbox', { name: 'Hand back after a silence' })).toBeNull();
  });
});
