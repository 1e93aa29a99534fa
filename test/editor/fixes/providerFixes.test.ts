import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/schema';
import { node, voiceFlow } from '../../rules/helpers';
import { nobodyAnswersFlow } from '../../rules/nobodyAnswersCases';
import { providerFlow } from '../../rules/providerCases';
import { waitingFlow } from '../../rules/waitingCases';
import { fix } from './applyEach';

const destination = (flow: Flow, id = 'h') => {
  const n = flow.nodes.find((x) => x.id === id);
  return n?.type === 'handover' ? (n.data.destination as Record<string, unknown>) : {};
};
const dataOf = (flow: Flow, id: string) => flow.nodes.find((n) => n.id === id)?.data as Record<string, unknown>;
const added = (before: Flow, after: Flow) => after.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id));
const target = (flow: Flow, source: string, port: string) => flow.edges.find((e) => e.source === source && e.sourcePort === port)?.target;

describe('provider and waiting quick fixes: flow before → after', () => {
  it('connects a Zendesk Talk line’s No agents port to a new Voicemail', () => {
    const before = voiceFlow({ to: '+12025550143', line: 'zendesk_talk' });
    const { label, after } = fix(before, 'voice.no_agents.unconnected', /Voicemail/);
    expect(label).toBe('Connect No agents to a new Voicemail');
    const [voicemail] = added(before, after);
    expect(voicemail.type).toBe('voicemail');
    expect(target(after, 'h', 'no_agents')).toBe(voicemail.id);
  });

  it.each([
    [/at most 2 minutes/, { maxLengthSeconds: 120, transcribe: true }],
    [/transcription off/, { maxLengthSeconds: 300, transcribe: false }],
  ])('makes a 5-minute voicemail transcribable (%s)', (label, expected) => {
    const before = nobodyAnswersFlow([node('voicemail', 'vm', { maxLengthSeconds: 300, transcribe: true })]);
    const { after, remaining } = fix(before, 'voicemail.transcribe.too_long', label);
    expect(dataOf(after, 'vm')).toMatchObject(expected);
    expect(remaining.map((d) => d.code)).not.toContain('voicemail.transcribe.too_long');
  });

  it('connects an offered callback to a new Create task', () => {
    const before = waitingFlow({ offerCallbackAfterMinutes: 5 });
    const { after } = fix(before, 'waiting.callback.unconnected', /Create task/);
    const [task] = added(before, after);
    expect(task.type === 'create_task' && task.data.title).toBe('Call the user back');
    expect(target(after, 'h', 'callback')).toBe(task.id);
  });

  it('subscribes the Messenger app to messaging_handovers, keeping its other fields', () => {
    const before = providerFlow({ kind: 'messenger', protocol: 'conversation_routing', passMessage: 'One moment.', webhooks: ['messages', 'standby'] });
    const { label, after } = fix(before, 'messenger.webhooks.no_handovers', /Subscribe/);
    expect(label).toBe('Subscribe the Messenger app to messaging_handovers');
    expect(destination(after).webhooks).toEqual(['messages', 'standby', 'messaging_handovers']);
  });

  it('removes the repeated switchboard metadata key, not the first', () => {
    const before = providerFlow({ kind: 'zendesk', mode: 'messaging_switchboard', switchboardIntegration: 'agent-workspace', switchboardMetadata: [{ key: 'order', value: '1' }, { key: 'order', value: '2' }] }, ['zendesk']);
    const { label, after } = fix(before, 'zendesk.switchboard.metadata_key', /Remove/);
    expect(label).toBe('Remove metadata entry 2 ("order")');
    expect(destination(after).switchboardMetadata).toEqual([{ key: 'order', value: '1' }]);
  });

  it('adds the queue position to a waiting message that says neither position nor wait', () => {
    const { after } = fix(waitingFlow({ message: 'Please hold.' }), 'waiting.no_status', /queue position/);
    expect((destination(after).waiting as { message: string }).message).toBe('Please hold. You are number {{queue_position}} in the queue.');
  });

  it('gives an offered callback the default reply phrases', () => {
    const before = waitingFlow({ offerCallbackAfterMinutes: 5, callbackPhrases: [' '] }, { wire: ['callback'] });
    const { label, after } = fix(before, 'waiting.callback.no_phrases', /Accept/);
    expect(label).toBe('Accept the callback with "call me back" or "callback"');
    expect((destination(after).waiting as { callbackPhrases: string[] }).callbackPhrases).toEqual(['call me back', 'callback']);
  });

  it('fills an empty Conversation Routing pass message', () => {
    const before = providerFlow({ kind: 'messenger', protocol: 'conversation_routing', passMessage: '  ', webhooks: ['messages', 'messaging_postbacks', 'messaging_handovers', 'standby'] });
    const { after, remaining } = fix(before, 'messenger.routing.no_pass_message', /Send/);
    expect(destination(after).passMessage).toBe('Connecting you with our team.');
    expect(remaining.map((d) => d.code)).not.toContain('messenger.routing.no_pass_message');
  });

  it('clears a line-hours calendar the flow does not define', () => {
    const { after } = fix(nobodyAnswersFlow(undefined, [], { hoursCalendarId: 'support' }), 'voice.line.calendar_missing', /Clear/);
    expect(destination(after)).not.toHaveProperty('hoursCalendarId');
  });
});
