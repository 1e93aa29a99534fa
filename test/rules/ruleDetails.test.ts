import { describe, expect, it } from 'vitest';
import { validateFlow } from '../../src/rules/validateFlow';
import { chatFlow, edge, flowOf, node, tweak, voiceFlow, withCode } from './helpers';
import { chatWith } from './handoverCases';

describe('rule details', () => {
  it('says which header is dropped and why, once per header', () => {
    const flow = voiceFlow({ attributes: [{ name: 'Diversion', value: 'a' }, { name: 'X-Twilio-Foo', value: 'b' }, { name: 'X-Ok', value: 'c' }] });
    const found = withCode(flow, 'voice.header.dropped');
    expect(found.map((d) => d.path)).toEqual(['/nodes/4/data/destination/attributes/0/name', '/nodes/4/data/destination/attributes/1/name']);
    expect(found[0].message).toMatch(/"Diversion".*13252/);
    expect(found[1].message).toMatch(/"X-Twilio-Foo".*32113/);
    expect(found[1].message).toMatch(/Rename it to X-Foo /);
  });

  it('shows the encoded header size in the too-long error, not counting dropped headers', () => {
    const flow = voiceFlow({ attributes: [{ name: 'X-Data', value: 'é'.repeat(200) }, { name: 'Diversion', value: 'x'.repeat(2000) }] });
    // "é" encodes as %C3%A9: 6 characters each.
    expect(withCode(flow, 'voice.headers.too_long')[0].message).toMatch(/1206 characters/);
  });

  it('reports each unconnected voice failure port by name', () => {
    const flow = tweak(voiceFlow(), (f) => void (f.edges = f.edges.filter((e) => e.sourcePort !== 'busy' && e.sourcePort !== 'rejected')));
    const messages = withCode(flow, 'voice.port.unconnected').map((d) => d.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/"Busy"/);
    expect(messages[1]).toMatch(/"Rejected"/);
  });

  it('says the recording info only when a voice handover exists', () => {
    expect(withCode(chatWith({ kind: 'live_chat' }, { voice: { recording: true } }), 'voice.recording.continues')).toEqual([]);
  });

  it('lets a browser call through the router fall back to the other port', () => {
    // The runtime sends a channel with no port of its own to `other`: a voice handover there still sees web_voice.
    const flow = tweak(voiceFlow({}, { channels: ['phone_voice', 'web_voice'] }), (f) => {
      f.nodes.push(node('channel_router', 'r'));
      f.edges[0] = edge('t', 'next', 'r');
      f.edges.push(edge('r', 'other', 'a'));
    });
    expect(withCode(flow, 'voice.channel.browser')).toHaveLength(1);
  });

  it('gives one error, not a warning per node, when no trigger is enabled', () => {
    const flow = tweak(chatFlow(), (f) => {
      if (f.nodes[0].type === 'trigger_human_requested') f.nodes[0].data.enabled = false;
    });
    expect(withCode(flow, 'structure.unreachable')).toEqual([]);
    expect(withCode(flowOf([node('message', 'm')]), 'structure.no_enabled_trigger')[0]).toMatchObject({ path: '/nodes' });
  });

  it('stops the ownership walk at another handover and at the handover itself', () => {
    const flow = tweak(chatFlow(), (f) => {
      f.nodes.push(node('handover', 'h2'), node('message', 'back', { text: 'Welcome back.' }));
      f.edges.push(edge('h', 'transferred', 'h2'), edge('h2', 'resolved', 'back'), edge('h', 'resolved', 'e', 'h-res'));
    });
    expect(withCode(flow, 'ownership.bot_message_after_transfer')).toEqual([]);
  });

  it('counts a live-chat assignee as an assignment, and checks it names real staff', () => {
    const flow = tweak(chatWith({ kind: 'live_chat', assigneeId: 'dana' }), (f) => {
      f.edges[0] = edge('t', 'next', 'm');
    });
    expect(withCode(flow, 'assign.unassigned_path')).toEqual([]);
    const ghost = chatWith({ kind: 'live_chat', assigneeId: 'ghost' });
    expect(withCode(ghost, 'staff.unknown')[0]).toMatchObject({ nodeId: 'h', path: '/nodes/3/data/destination/assigneeId' });
  });

  it('checks task assignees too', () => {
    const flow = tweak(chatFlow(), (f) => {
      f.nodes.push(node('create_task', 'task', { assigneeId: 'nobody' }));
      f.edges.push(edge('h', 'transferred', 'task'));
    });
    expect(withCode(flow, 'staff.unknown')[0]).toMatchObject({ nodeId: 'task', path: '/nodes/6/data/assigneeId' });
  });

  it.each([
    ['Your SSN 123-45-6789 is on file', true],
    ['Patient MRN 4455', true],
    ['Born 04/12/1985', true],
    ['Date of birth please', true],
    ['We reopen on 01/02/2026', false],
    ['Call 202-555-0143', false],
  ])('PHI check on %j: %s', (text, flagged) => {
    const flow = tweak(chatFlow(), (f) => {
      if (f.nodes[2].type === 'message') f.nodes[2].data.text = text;
    });
    expect(withCode(flow, 'content.phi').length > 0).toBe(flagged);
  });

  it('checks phrases, keywords and task titles for PHI at their exact paths', () => {
    const flow = tweak(chatFlow(), (f) => {
      if (f.nodes[0].type === 'trigger_human_requested') f.nodes[0].data.phrases = ['ok', 'my dob is'];
      f.nodes.push(node('trigger_sensitive_topic', 'st', { keywords: ['SSN'] }), node('create_task', 'task', { title: 'Check MRN' }));
      f.edges.push(edge('st', 'next', 'a'), edge('h', 'transferred', 'task'));
    });
    expect(withCode(flow, 'content.phi').map((d) => d.path)).toEqual(['/nodes/0/data/phrases/1', '/nodes/6/data/keywords/0', '/nodes/7/data/title']);
  });

  it('fills rule and source on every finding', () => {
    for (const d of validateFlow(voiceFlow({ to: '' }, { channels: ['web_voice'] }))) {
      expect(d.rule).toBeTruthy();
      expect(d.source).toBeTruthy();
    }
  });
});
