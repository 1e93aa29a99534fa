// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { createNode, makeFlow, renderEditor } from './renderEditor';

describe('when nobody answers: inspector', { timeout: 60_000 }, () => {
  it('makes a voice transfer a Zendesk Talk line, which adds a No agents output, and picks the line hours', async () => {
    const flow = makeFlow([createNode('handover', 'h1', { destination: { kind: 'voice', to: '+12025550143' } })], [], {
      settings: { calendars: [{ id: 'support', name: 'Support', timeZone: 'Europe/Berlin' }] },
    });
    const { user, select, node } = renderEditor(flow);
    select('h1');
    const line = await screen.findByRole('combobox', { name: 'Who answers' });
    expect(line).toHaveAccessibleDescription(/otherwise Zendesk drops the call/);
    expect(screen.queryByRole('combobox', { name: 'Next step after No agents' })).not.toBeInTheDocument();
    await user.selectOptions(line, 'zendesk_talk');
    expect(node('h1')).toMatchObject({ data: { destination: { kind: 'voice', line: 'zendesk_talk', to: '+12025550143' } } });
    expect(await screen.findByRole('combobox', { name: 'Next step after No agents' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Line hours' }), 'support');
    expect(node('h1')).toMatchObject({ data: { destination: { hoursCalendarId: 'support' } } });
  });

  it('edits Voicemail, Offer callback and Create ticket with labelled fields and help', async () => {
    const { user, select, node } = renderEditor(makeFlow([createNode('voicemail', 'vm'), createNode('offer_callback', 'cb'), createNode('create_ticket', 't')]));
    select('vm');
    const max = await screen.findByRole('spinbutton', { name: 'Maximum length' });
    expect(max).toHaveAccessibleDescription(/<Record maxLength>/);
    await user.clear(max);
    await user.type(max, '60');
    expect(node('vm')).toMatchObject({ data: { maxLengthSeconds: 60 } });
    expect(screen.getByRole('checkbox', { name: 'Transcribe the message' })).toBeChecked();

    select('cb');
    const validate = await screen.findByRole('checkbox', { name: 'Validate number' });
    expect(validate).toHaveAccessibleDescription(/libphonenumber-js/);
    const country = screen.getByRole('textbox', { name: 'Default country' });
    await user.clear(country);
    await user.type(country, 'DE');
    expect(node('cb')).toMatchObject({ data: { defaultCountry: 'DE' } });

    select('t');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Priority' }), 'urgent');
    expect(node('t')).toMatchObject({ data: { priority: 'urgent' } });
  });
});
