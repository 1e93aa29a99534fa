import { describe, expect, it } from 'vitest';
import type { Flow, FlowNode } from '../../../src/schema';
import { edge, flowOf, node, tweak, voiceFlow } from '../../rules/helpers';
import { fix } from './applyEach';

const VOICE_TO = 'sip:agent@example.com';
const named = (flow: Flow, type: FlowNode['type']) => flow.nodes.filter((n) => n.type === type);
const into = (flow: Flow, target: string) => flow.edges.filter((e) => e.target === target).map((e) => `${e.source}.${e.sourcePort}`);
const headers = (flow: Flow) => {
  const h = flow.nodes.find((n) => n.id === 'h');
  return h?.type === 'handover' && h.data.destination.kind === 'voice' ? h.data.destination.attributes : [];
};
const withHeader = (name: string, value = '1') => voiceFlow({ attributes: [{ name, value }] });

/** Message → voice handover with no Pause between (voiceFlow without its Pause's edge in). */
const noPause = () =>
  tweak(voiceFlow(), (f) => {
    f.edges[2] = edge('m', 'next', 'h');
    f.edges.splice(3, 1);
    f.nodes.splice(3, 1);
  });

/** A blank-flow voice handover: deployed on every channel, entered from a Pause. */
const allChannels = () => voiceFlow({}, { channels: ['web_chat', 'web_voice', 'phone_voice', 'messenger', 'zendesk', 'other'] });

describe('voice quick fixes: flow before → after', () => {
  it('inserts a 1.5 s Pause between the message and the handover', () => {
    const { label, after, remaining } = fix(noPause(), 'voice.pause.missing', /Pause/);
    expect(label).toBe(`Insert a 1.5 s Pause before Voice transfer to ${VOICE_TO}`);
    const [pause] = named(after, 'pause');
    expect(pause.type === 'pause' && pause.data.seconds).toBe(1.5);
    expect(into(after, pause.id)).toEqual(['m.next']);
    expect(into(after, 'h')).toEqual([`${pause.id}.next`]);
    expect(after.layout.nodes[pause.id]).toBeDefined();
    expect(remaining.map((d) => d.code)).not.toContain('voice.pause.missing');
  });

  it.each([
    ['agent@example.com', 'sip:agent@example.com'],
    ['+1 (202) 555-1234', '+12025551234'],
    [' sip:agent@example.com ', 'sip:agent@example.com'],
  ])('repairs the destination %j to %s', (to, repaired) => {
    const { label, after, remaining } = fix(voiceFlow({ to }), 'voice.destination.invalid', /Change/);
    expect(label).toBe(`Change the destination to ${repaired}`);
    const h = after.nodes.find((n) => n.id === 'h');
    expect(h?.type === 'handover' && h.data.destination.kind === 'voice' && h.data.destination.to).toBe(repaired);
    expect(remaining).toEqual([]);
  });

  it('offers no destination repair when the intent is not plain', () => {
    expect(() => fix(voiceFlow({ to: 'sip:agent@' }), 'voice.destination.invalid', /Change/)).toThrow(/no fix/);
  });

  it('sets a 3 s Pause to 1.5 s', () => {
    const before = tweak(voiceFlow(), (f) => {
      if (f.nodes[3].type === 'pause') f.nodes[3].data.seconds = 3;
    });
    const { label, after } = fix(before, 'voice.pause.out_of_range', /Set/);
    expect(label).toBe('Set Pause 3 s to 1.5 s');
    expect(after.nodes[3]).toEqual({ ...before.nodes[3], data: { seconds: 1.5 } });
  });

  it.each([
    ['X-Twilio-Foo', 'X-Foo'],
    ['x-twilio-route', 'X-route'],
    ['Customer', 'X-Customer'],
    ['User to Use', 'X-User-to-Use'],
  ])('renames the dropped header %s to %s, keeping its value', (name, renamed) => {
    const { label, after, remaining } = fix(withHeader(name, 'abc'), 'voice.header.dropped', /Rename/);
    expect(label).toBe(`Rename ${name} to ${renamed}`);
    expect(headers(after)).toEqual([{ name: renamed, value: 'abc' }]);
    expect(remaining).toEqual([]);
  });

  it('removes a dropped header, and only that one', () => {
    const before = voiceFlow({ attributes: [{ name: 'X-Keep', value: '1' }, { name: 'X-Twilio-Foo', value: '2' }] });
    const { label, after } = fix(before, 'voice.header.dropped', /Remove/);
    expect(label).toBe('Remove X-Twilio-Foo');
    expect(headers(after)).toEqual([{ name: 'X-Keep', value: '1' }]);
  });

  it('removes the attributes of a phone-number transfer', () => {
    const before = voiceFlow({ to: '+12025551234', attributes: [{ name: 'X-A', value: '1' }, { name: 'X-B', value: '2' }] });
    const { label, after } = fix(before, 'voice.attributes.ignored', /Remove/);
    expect(label).toBe('Remove the 2 attributes of Voice transfer to +12025551234');
    expect(headers(after)).toEqual([]);
  });

  it.each([
    [/Drop/, 'not-hex;purpose=isdn-uui'],
    [/Hex-encode/, '6E6F742D686578;encoding=hex;purpose=isdn-uui'],
  ])('repairs a User-to-User value that is not hex (%s)', (label, value) => {
    const { after, remaining } = fix(withHeader('User-to-User', 'not-hex;encoding=hex;purpose=isdn-uui'), 'voice.uui.not_hex', label);
    expect(headers(after)).toEqual([{ name: 'User-to-User', value }]);
    expect(remaining).toEqual([]);
  });

  it('unticks Browser voice in Flow settings and changes nothing else', () => {
    const before = allChannels();
    const { label, after } = fix(before, 'voice.channel.browser', /Untick/);
    expect(label).toBe('Untick Browser voice in Flow settings');
    expect(after.settings.channels).toEqual(['web_chat', 'phone_voice', 'messenger', 'zendesk', 'other']);
    expect(after.nodes).toEqual(before.nodes);
  });

  it('inserts a Channel router in front of the Pause, sending only phone calls on', () => {
    const { label, after, remaining } = fix(allChannels(), 'voice.channel.not_voice', /Channel router/);
    expect(label).toBe(`Insert a Channel router before Voice transfer to ${VOICE_TO} (Phone voice only)`);
    const [router] = named(after, 'channel_router');
    // message → router → (phone_voice) Pause → handover: the Pause stays right before the transfer.
    expect(into(after, router.id)).toEqual(['m.next']);
    expect(into(after, 'p')).toEqual([`${router.id}.phone_voice`]);
    expect(into(after, 'h')).toEqual(['p.next']);
    expect(remaining.filter((d) => d.code.startsWith('voice.'))).toEqual([]);
  });

  it('connects an unwired Busy port to a new Message', () => {
    const before = tweak(voiceFlow(), (f) => void f.edges.splice(4, 1));
    const { label, after, remaining } = fix(before, 'voice.port.unconnected', /Busy/);
    expect(label).toBe('Connect Busy to a new Message');
    const added = after.nodes.find((n) => !before.nodes.some((b) => b.id === n.id));
    expect(added?.type).toBe('message');
    expect(added?.type === 'message' && added.data.text).toMatch(/try again/);
    expect(after.edges.find((e) => e.source === 'h' && e.sourcePort === 'busy')?.target).toBe(added?.id);
    expect(remaining).toEqual([]);
  });

  it('connects the port the finding names when two are unwired', () => {
    const before = tweak(voiceFlow(), (f) => void f.edges.splice(4, 2));
    const { label, after } = fix(before, 'voice.port.unconnected', /No answer/, (d) => d.message.includes('"No answer"'));
    expect(label).toBe('Connect No answer to a new Message');
    expect(after.edges.some((e) => e.source === 'h' && e.sourcePort === 'no_answer')).toBe(true);
    expect(after.edges.some((e) => e.source === 'h' && e.sourcePort === 'busy')).toBe(false);
  });

  it('turns call recording off', () => {
    const { after } = fix(voiceFlow({}, { voice: { recording: true } }), 'voice.recording.continues', /recording off/);
    expect(after.settings.voice.recording).toBe(false);
  });

  it('adds an Assign step in front of the Pause of a voice handover', () => {
    const before = flowOf(
      [node('trigger_human_requested', 't'), node('pause', 'p'), node('handover', 'h', { destination: { kind: 'voice', to: VOICE_TO } })],
      [edge('t', 'next', 'p'), edge('p', 'next', 'h')],
      { staff: [{ id: 'dana', name: 'Dana Reyes' }], channels: ['phone_voice'] },
    );
    const { label, after, remaining } = fix(before, 'assign.unassigned_path', /Assign step/);
    expect(label).toBe(`Add an Assign step to Dana Reyes before Voice transfer to ${VOICE_TO}`);
    const [assign] = named(after, 'assign');
    expect(assign.type === 'assign' && assign.data.assigneeId).toBe('dana');
    expect(into(after, assign.id)).toEqual(['t.next']);
    expect(into(after, 'p')).toEqual([`${assign.id}.next`]);
    expect(remaining.map((d) => d.code)).not.toContain('voice.pause.missing');
    expect(remaining.map((d) => d.code)).not.toContain('assign.unassigned_path');
  });
});
