import type { Flow } from '../../src/schema';
import { edge, node, tweak, voiceFlow } from './helpers';
import type { RuleCase } from './ruleCase';

const TO = '/nodes/4/data/destination/to';
const ATTRS = '/nodes/4/data/destination/attributes';
const header = (name: string, value = '1') => ({ attributes: [{ name, value }] });

/** voiceFlow deployed on phone and browser calls, with a Channel router sending browser calls to a message. */
export function gatedVoiceFlow(): Flow {
  return tweak(voiceFlow({}, { channels: ['phone_voice', 'web_voice'] }), (f) => {
    f.nodes.push(node('channel_router', 'r'), node('message', 'web', { text: 'Please call us from a phone.' }));
    f.edges[0] = edge('t', 'next', 'r');
    f.edges.push(edge('r', 'phone_voice', 'a'), edge('r', 'web_voice', 'web'));
  });
}

export const voiceCases: RuleCase[] = [
  {
    code: 'voice.destination.empty',
    fires: () => voiceFlow({ to: '' }),
    clean: () => voiceFlow(),
    expect: { severity: 'error', nodeId: 'h', path: TO },
  },
  {
    code: 'voice.destination.invalid',
    fires: () => voiceFlow({ to: 'sip:agent@' }),
    clean: () => voiceFlow({ to: 'sip:agent@example.com:5060' }),
    expect: { severity: 'error', nodeId: 'h', path: TO },
  },
  {
    code: 'voice.destination.not_possible',
    fires: () => voiceFlow({ to: '+1202555' }),
    clean: () => voiceFlow({ to: '+12025551234' }),
    expect: { severity: 'warning', nodeId: 'h', path: TO },
  },
  {
    code: 'voice.header.dropped',
    fires: () => voiceFlow(header('X-Twilio-Route')),
    clean: () => voiceFlow(header('X-Route')),
    expect: { severity: 'warning', nodeId: 'h', path: `${ATTRS}/0/name` },
  },
  {
    // 6 characters of name + 1,019 of value = 1,025 URL-encoded characters; 1,024 is allowed.
    code: 'voice.headers.too_long',
    fires: () => voiceFlow(header('X-Data', 'a'.repeat(1019))),
    clean: () => voiceFlow(header('X-Data', 'a'.repeat(1018))),
    expect: { severity: 'error', nodeId: 'h', path: ATTRS },
  },
  {
    code: 'voice.attributes.ignored',
    fires: () => voiceFlow({ to: '+12025551234', ...header('X-Customer-Id', '12345') }),
    clean: () => voiceFlow({ to: '+12025551234' }),
    expect: { severity: 'warning', nodeId: 'h', path: ATTRS },
  },
  {
    code: 'voice.uui.not_hex',
    fires: () => voiceFlow(header('User-to-User', 'not-hex;encoding=hex')),
    clean: () => voiceFlow(header('User-to-User', '56a390f3;encoding=hex;purpose=isdn-uui')),
    expect: { severity: 'warning', nodeId: 'h', path: `${ATTRS}/0/value` },
  },
  {
    code: 'voice.pause.missing',
    fires: () => tweak(voiceFlow(), (f) => {
      f.edges[2] = edge('m', 'next', 'h');
      f.edges.splice(3, 1);
    }),
    clean: () => voiceFlow(),
    expect: { severity: 'warning', nodeId: 'h', edgeId: 'm-next', path: '/edges/2' },
  },
  {
    code: 'voice.pause.out_of_range',
    fires: () => tweak(voiceFlow(), (f) => {
      if (f.nodes[3].type === 'pause') f.nodes[3].data.seconds = 3;
    }),
    clean: () => tweak(voiceFlow(), (f) => {
      if (f.nodes[3].type === 'pause') f.nodes[3].data.seconds = 2;
    }),
    expect: { severity: 'warning', nodeId: 'p', path: '/nodes/3/data/seconds' },
  },
  {
    code: 'voice.channel.browser',
    fires: () => voiceFlow({}, { channels: ['phone_voice', 'web_voice'] }),
    clean: gatedVoiceFlow,
    expect: { severity: 'error', nodeId: 'h', path: '/nodes/4' },
  },
  {
    code: 'voice.channel.not_voice',
    fires: () => voiceFlow({}, { channels: ['phone_voice', 'web_chat'] }),
    clean: () => voiceFlow({}, { channels: ['phone_voice'] }),
    expect: { severity: 'warning', nodeId: 'h' },
  },
  {
    code: 'voice.port.unconnected',
    fires: () => tweak(voiceFlow(), (f) => void f.edges.splice(4, 1)),
    clean: () => voiceFlow(),
    expect: { severity: 'warning', nodeId: 'h', path: '/nodes/4' },
  },
  {
    code: 'voice.recording.continues',
    fires: () => voiceFlow({}, { voice: { recording: true } }),
    clean: () => voiceFlow({}, { voice: { recording: false } }),
    expect: { severity: 'info', nodeId: 'h', path: '/settings/voice/recording' },
  },
];
