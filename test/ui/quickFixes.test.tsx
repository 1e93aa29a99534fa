// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createNode, makeFlow, renderEditor } from './renderEditor';

const SIP = 'sip:agent@example.com';
const voice = (attributes: { name: string; value: string }[] = []) => createNode('handover', 'h', { destination: { kind: 'voice', to: SIP, attributes } });
const phoneOnly = { settings: { channels: ['phone_voice' as const] } };

/** Trigger → Message → voice handover: no Pause before the transfer. */
const withoutPause = () =>
  makeFlow(
    [createNode('trigger_human_requested', 't'), createNode('message', 'm', { text: 'Connecting you.' }), voice()],
    [
      { id: 'e1', source: 't', sourcePort: 'next', target: 'm' },
      { id: 'e2', source: 'm', sourcePort: 'next', target: 'h' },
    ],
    phoneOnly,
  );

// The first render of the whole editor is slow on a loaded machine; the others follow suit.
describe('quick fixes in the Problems tab and the inspector', { timeout: 30_000 }, () => {
  it('a fix button in Problems inserts the Pause as one undo step and keeps the keyboard in the list', async () => {
    const before = withoutPause();
    const { store, user } = renderEditor(before);
    const panel = screen.getByRole('tabpanel', { name: /Problems/ });
    const fix = within(panel).getByRole('button', { name: `Fix: Insert a 1.5 s Pause before Voice transfer to ${SIP}` });
    await user.click(fix);
    const pauses = store.getState().flow.nodes.filter((n) => n.type === 'pause');
    expect(pauses).toHaveLength(1);
    expect(store.getState().diagnostics.map((d) => d.code)).not.toContain('voice.pause.missing');
    expect(within(panel).queryByRole('button', { name: /Insert a 1.5 s Pause/ })).toBeNull();
    await waitFor(() => expect(panel.contains(document.activeElement)).toBe(true));
    expect(store.getState().undoLabel).toBe(`Insert a 1.5 s Pause before Voice transfer to ${SIP}`);
    store.undo();
    expect(store.getState().flow).toEqual(before);
  });

  it('the inspector problem list offers the fix of a problem with the node as a whole', async () => {
    const flow = makeFlow([createNode('trigger_human_requested', 't'), createNode('pause', 'p'), voice()], [
      { id: 'e1', source: 't', sourcePort: 'next', target: 'p' },
      { id: 'e2', source: 'p', sourcePort: 'next', target: 'h' },
    ], { settings: { channels: ['phone_voice', 'web_voice'] } });
    const { store, user, select } = renderEditor(flow);
    select('h');
    const list = await screen.findByRole('list', { name: 'Problems on this node' });
    await user.click(within(list).getByRole('button', { name: 'Fix: Untick Browser voice in Flow settings' }));
    expect(store.getState().flow.settings.channels).toEqual(['phone_voice']);
    expect(store.getState().diagnostics.map((d) => d.code)).not.toContain('voice.channel.browser');
  });

  it('fix buttons are reached with Tab and pressed with Enter', async () => {
    const { store, user } = renderEditor(withoutPause());
    const panel = screen.getByRole('tabpanel', { name: /Problems/ });
    const fix = within(panel).getByRole('button', { name: /^Fix: Insert a 1.5 s Pause/ });
    const row = within(panel).getByRole('button', { name: /is entered from Message/ });
    row.focus();
    await user.tab();
    expect(fix).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().flow.nodes.some((n) => n.type === 'pause')).toBe(true);
  });

  it('offers both repairs of a voice handover on a browser call', async () => {
    const flow = makeFlow([createNode('trigger_human_requested', 't'), createNode('pause', 'p'), voice()], [
      { id: 'e1', source: 't', sourcePort: 'next', target: 'p' },
      { id: 'e2', source: 'p', sourcePort: 'next', target: 'h' },
    ], { settings: { channels: ['phone_voice', 'web_voice'] } });
    const { store, user } = renderEditor(flow);
    const panel = screen.getByRole('tabpanel', { name: /Problems/ });
    expect(within(panel).getByRole('button', { name: `Fix: Insert a Channel router before Voice transfer to ${SIP} (Phone voice only)` })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Fix: Untick Browser voice in Flow settings' }));
    expect(store.getState().flow.settings.channels).toEqual(['phone_voice']);
  });

  it('the inspector offers the fix under the field: a 3 s Pause is set to 1.5 s, focus back on the field', async () => {
    const flow = makeFlow([createNode('trigger_human_requested', 't'), createNode('pause', 'p', { seconds: 3 }), voice()], [
      { id: 'e1', source: 't', sourcePort: 'next', target: 'p' },
      { id: 'e2', source: 'p', sourcePort: 'next', target: 'h' },
    ], phoneOnly);
    const { store, user, select } = renderEditor(flow);
    select('p');
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    const fix = await within(inspector).findByRole('button', { name: 'Fix: Set Pause 3 s to 1.5 s' });
    await user.click(fix);
    const pause = store.getState().flow.nodes.find((n) => n.id === 'p');
    expect(pause?.type === 'pause' && pause.data.seconds).toBe(1.5);
    expect(within(inspector).queryByRole('button', { name: /^Fix:/ })).toBeNull();
    await waitFor(() => expect(within(inspector).getByRole('spinbutton', { name: 'Pause' })).toHaveFocus());
    store.undo();
    expect(store.getState().flow).toEqual(flow);
  });

  it('the SIP header row offers Rename X-Twilio-Foo to X-Foo and Remove', async () => {
    const flow = makeFlow([createNode('trigger_human_requested', 't'), createNode('pause', 'p'), voice([{ name: 'X-Twilio-Foo', value: '7' }])], [
      { id: 'e1', source: 't', sourcePort: 'next', target: 'p' },
      { id: 'e2', source: 'p', sourcePort: 'next', target: 'h' },
    ], phoneOnly);
    const { store, user, select } = renderEditor(flow);
    select('h');
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    expect(await within(inspector).findByRole('button', { name: 'Fix: Remove X-Twilio-Foo' })).toBeInTheDocument();
    await user.click(within(inspector).getByRole('button', { name: 'Fix: Rename X-Twilio-Foo to X-Foo' }));
    const h = store.getState().flow.nodes.find((n) => n.id === 'h');
    expect(h?.type === 'handover' && h.data.destination.kind === 'voice' && h.data.destination.attributes).toEqual([{ name: 'X-Foo', value: '7' }]);
    expect(within(inspector).getByRole('textbox', { name: 'Header 1 name' })).toHaveValue('X-Foo');
  });
});
