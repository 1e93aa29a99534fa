// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { loadExample } from './loadExample';
import { renderSimulator, UI_TEST } from './renderSimulator';

describe('Simulator: why a message fired, or did not', UI_TEST, () => {
  it('shows the phrase a message matched with its score and words, and the closest phrase when nothing fired', async () => {
    const { user, transcriptText } = await renderSimulator(loadExample('chat-handover'));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const composer = screen.getByRole('textbox', { name: 'Message as the user' });

    await user.click(composer);
    await user.paste('humanity is great');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(transcriptText()).toMatch(/No enabled scenario matched this message.*Closest: “.+”, score 0\.\d\d of 0\.75 needed: .*missing/);

    await user.click(composer);
    await user.paste('Can I talk to a human please');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(transcriptText()).toContain('Scenario fired: Human requested (matched “I want to talk to a human”, score 1.00 of 0.75 needed: “talk”, “human”)');
  });
});
