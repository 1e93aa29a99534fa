// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { loadExample } from './loadExample';
import { renderSimulator, UI_TEST } from './renderSimulator';

describe('Simulator clock: start date and time zone', UI_TEST, () => {
  it('rehearses Saturday 23:00 in Europe/Berlin: shows the zone time, takes the Hours closed port, advances the clock, and a saved test case keeps the scene', async () => {
    const { user, store, transcriptText } = await renderSimulator(loadExample('chat-handover'));
    const scene = screen.getByRole('form', { name: 'Scene' });
    const start = within(scene).getByLabelText('Start date and time');
    expect(within(scene).getByText(/No start date: Hours nodes follow “Within business hours”/)).toBeInTheDocument();
    fireEvent.change(start, { target: { value: '2026-03-28T23:00' } });
    await user.selectOptions(within(scene).getByRole('combobox', { name: 'Time zone' }), 'Europe/Berlin');
    await user.click(screen.getByRole('button', { name: 'Start' }));

    const now = within(scene).getByRole('status', { name: 'Time in Europe/Berlin' });
    expect(now).toHaveTextContent('Sat 28 Mar 2026, 23:00:00 CET');
    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'Connect me to a person');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(transcriptText()).toContain('Our team is offline right now');
    expect(transcriptText()).not.toContain('Someone from the team will get back to you.');

    // Across the daylight-saving change: 4 h later the Berlin clocks read 04:00 CEST, not 03:00.
    await user.click(screen.getByRole('button', { name: 'Fast-forward 1 hour' }));
    await user.click(screen.getByRole('button', { name: 'Fast-forward 1 hour' }));
    await user.click(screen.getByRole('button', { name: 'Fast-forward 1 hour' }));
    await user.click(screen.getByRole('button', { name: 'Fast-forward 1 hour' }));
    expect(within(scene).getByRole('status', { name: 'Time in Europe/Berlin' })).toHaveTextContent('Sun 29 Mar 2026, 04:00:00 CEST');

    await user.click(screen.getByRole('button', { name: 'Save as test case' }));
    const form = screen.getByRole('form', { name: 'Save as test case' });
    await user.click(within(form).getByRole('button', { name: 'Save test case' }));
    const tests = store.getState().flow.tests;
    expect(tests[tests.length - 1].scene).toMatchObject({ startAt: '2026-03-28T23:00', timeZone: 'Europe/Berlin' });
  });
});
