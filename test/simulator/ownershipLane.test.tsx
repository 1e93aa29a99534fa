// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { loadExample } from './loadExample';
import { renderSimulator } from './renderSimulator';

describe('Simulator ownership lane', { timeout: 120_000 }, () => {
  it('shows bot → pending → person → bot as named, focusable stretches and as a table, with Release to bot handing back', async () => {
    const { user, transcriptText } = await renderSimulator(loadExample('chat-handover'));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const lane = () => screen.getByRole('list', { name: 'Ownership lane' });
    expect(within(lane()).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual([expect.stringMatching(/^Bot \(the bot may speak\) from T\+00:00:00/)]);

    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'Connect me to a person');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(within(lane()).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Bot /),
      expect.stringMatching(/^Pending \(waiting for a person\) from .*after: handover requested$/),
    ]);
    expect(screen.getByRole('button', { name: 'Release to bot' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Accept' }));
    await user.click(screen.getByRole('button', { name: 'Fast-forward 1 minute' }));
    await user.click(screen.getByRole('button', { name: 'Release to bot' }));
    expect(transcriptText()).toContain('Released: the agent gave the conversation back to the bot');
    expect(transcriptText()).toContain('How happy were you with the help you got');

    const items = within(lane()).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('aria-label')?.split(' ')[0])).toEqual(['Bot', 'Pending', 'Person', 'Bot']);
    expect(items[2]).toHaveAccessibleName(/^Person \(an agent has the conversation\) from T\+00:00:00 to T\+00:01:00, after: agent accepted$/);
    expect(items[3]).toHaveAccessibleName(/after: agent released$/);
    items[2].focus();
    expect(items[2]).toHaveFocus();
    await user.tab();
    expect(items[3]).toHaveFocus();

    await user.click(screen.getByText('Ownership as a table'));
    const table = screen.getByRole('table', { name: /Who owned the conversation/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Bot', 'Pending', 'Person', 'Bot']);
    expect(within(rows[3]).getByText('agent released')).toBeInTheDocument();
    expect(within(rows[3]).getByText(/\(now\)$/)).toBeInTheDocument();
  });
});
