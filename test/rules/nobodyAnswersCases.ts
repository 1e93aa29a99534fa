import type { Flow } from '../../src/schema';
import { edge, node, tweak, voiceFlow } from './helpers';
import type { RuleCase } from './ruleCase';

const ZENDESK_LINE = { to: '+12025550143', line: 'zendesk_talk' };

/** voiceFlow transferring to a Zendesk Talk line, its No agents port wired to `fallback` (a node, then its follow-ups). */
export function nobodyAnswersFlow(fallback: ReturnType<typeof node>[] = [node('voicemail', 'vm')], extraEdges: ReturnType<typeof edge>[] = [], destination: Record<string, unknown> = {}): Flow {
  return tweak(voiceFlow({ ...ZENDESK_LINE, ...destination }), (f) => {
    f.nodes.push(...fallback);
    f.edges.push(edge('h', 'no_agents', fallback[0].id), ...extraEdges);
  });
}

const callback = (data: Record<string, unknown> = {}) => [node('offer_callback', 'cb', data), node('end', 'done')];
const callbackEdges = [edge('cb', 'scheduled', 'done'), edge('cb', 'failed', 'done')];

export const nobodyAnswersCases: RuleCase[] = [
  {
    code: 'voice.no_agents.unconnected',
    fires: () => voiceFlow(ZENDESK_LINE),
    clean: () => nobodyAnswersFlow(),
    expect: { severity: 'warning', nodeId: 'h', path: '/nodes/4' },
  },
  {
    code: 'voice.line.calendar_missing',
    fires: () => nobodyAnswersFlow(undefined, [], { hoursCalendarId: 'support' }),
    clean: () =>
      tweak(nobodyAnswersFlow(undefined, [], { hoursCalendarId: 'support' }), (f) => {
        f.settings.calendars = [{ id: 'support', name: 'Support', timeZone: 'UTC', hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: [], closures: [] }];
      }),
    expect: { severity: 'error', nodeId: 'h', path: '/nodes/4/data/destination/hoursCalendarId' },
  },
  {
    code: 'voicemail.channel.not_voice',
    fires: () => tweak(nobodyAnswersFlow(), (f) => (f.settings.channels = ['phone_voice', 'web_chat'])),
    clean: () => nobodyAnswersFlow(),
    expect: { severity: 'error', nodeId: 'vm', path: '/nodes/6' },
  },
  {
    code: 'voicemail.spoken_after',
    fires: () => nobodyAnswersFlow([node('voicemail', 'vm'), node('message', 'thanks', { text: 'Thanks for your message.' })], [edge('vm', 'next', 'thanks')]),
    clean: () => nobodyAnswersFlow([node('voicemail', 'vm'), node('create_ticket', 'ticket')], [edge('vm', 'next', 'ticket')]),
    expect: { severity: 'error', nodeId: 'thanks', path: '/nodes/7' },
  },
  {
    code: 'voicemail.transcribe.too_long',
    fires: () => nobodyAnswersFlow([node('voicemail', 'vm', { maxLengthSeconds: 300, transcribe: true })]),
    clean: () => nobodyAnswersFlow([node('voicemail', 'vm', { maxLengthSeconds: 300, transcribe: false })]),
    expect: { severity: 'warning', nodeId: 'vm', path: '/nodes/6/data/maxLengthSeconds' },
  },
  {
    code: 'callback.number.unchecked',
    fires: () => nobodyAnswersFlow(callback({ validateNumber: false }), callbackEdges),
    clean: () => nobodyAnswersFlow(callback(), callbackEdges),
    expect: { severity: 'warning', nodeId: 'cb', path: '/nodes/6/data/validateNumber' },
  },
  {
    code: 'callback.country.unknown',
    fires: () => nobodyAnswersFlow(callback({ defaultCountry: 'XX' }), callbackEdges),
    clean: () => nobodyAnswersFlow(callback({ defaultCountry: 'DE' }), callbackEdges),
    expect: { severity: 'error', nodeId: 'cb', path: '/nodes/6/data/defaultCountry' },
  },
];
