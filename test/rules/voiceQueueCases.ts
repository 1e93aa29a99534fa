import type { Flow } from '../../src/schema';
import { edge, flowOf, node, STAFF } from './helpers';
import type { RuleCase } from './ruleCase';

const D = '/nodes/4/data/destination';
export const VOICE_OFFER = 'Sorry for the wait. To be called back instead, press 1 or say call me back.';

/**
 * A clean call waiting in a Twilio queue: trigger → Assign → message → Pause → queue handover with
 * waiting messages and a callback offer; every port wired (User left to a task, not a message).
 */
export function voiceQueueFlow(queue: Record<string, unknown> = {}, waiting: Record<string, unknown> | null = {}): Flow {
  const offer = waiting !== null && waiting.offerCallbackAfterMinutes !== null;
  return flowOf(
    [
      node('trigger_human_requested', 't'),
      node('assign', 'a', { assigneeId: 'dana' }),
      node('message', 'm', { text: 'Please hold for the next free agent.' }),
      node('pause', 'p', { seconds: 1.5 }),
      node('handover', 'h', {
        destination: {
          kind: 'voice',
          queue: { name: 'support', maxWaitMinutes: 10, ...queue },
          ...(waiting === null ? {} : { waiting: { everyMinutes: 2, message: 'You are caller {{queue_position}}; the wait is {{estimated_wait}}.', offerCallbackAfterMinutes: 4, callbackOffer: VOICE_OFFER, ...waiting } }),
        },
      }),
      node('message', 'bye', { text: 'Sorry, nobody could take the call.' }),
      node('create_task', 'gone', { title: 'Call back the caller who hung up in the queue' }),
      node('create_task', 'cb', { title: 'Call the caller back' }),
    ],
    [
      edge('t', 'next', 'a'),
      edge('a', 'next', 'm'),
      edge('m', 'next', 'p'),
      edge('p', 'next', 'h'),
      edge('h', 'no_answer', 'bye'),
      edge('h', 'rejected', 'bye'),
      edge('h', 'abandoned', 'gone'),
      ...(offer ? [edge('h', 'callback', 'cb')] : []),
    ],
    { staff: STAFF, channels: ['phone_voice'] },
  );
}

export const voiceQueueCases: RuleCase[] = [
  {
    code: 'voice.queue.name_missing',
    fires: () => voiceQueueFlow({ name: '  ' }),
    clean: () => voiceQueueFlow(),
    expect: { severity: 'error', nodeId: 'h', path: `${D}/queue/name` },
  },
  {
    code: 'voice.queue.silent',
    fires: () => voiceQueueFlow({}, null),
    clean: () => voiceQueueFlow({ holdMusicUrl: 'https://example.com/hold.mp3' }, null),
    expect: { severity: 'warning', nodeId: 'h', path: `${D}/queue/holdMusicUrl` },
  },
  {
    code: 'voice.queue.message_too_long',
    fires: () => voiceQueueFlow({}, { message: `${'Thank you for calling. '.repeat(20)}You are caller {{queue_position}}.` }),
    clean: () => voiceQueueFlow(),
    expect: { severity: 'warning', nodeId: 'h', path: `${D}/waiting/message` },
  },
  {
    code: 'voice.queue.callback_key_unsaid',
    fires: () => voiceQueueFlow({}, { callbackOffer: 'Reply "call me back" to leave the queue.' }),
    clean: () => voiceQueueFlow(),
    expect: { severity: 'warning', nodeId: 'h', path: `${D}/waiting/callbackOffer` },
  },
];

/** The same queue with a waiting rule broken: the offer (at 4 min) comes after the longest wait. */
export const lateOffer = () => voiceQueueFlow({ maxWaitMinutes: 3 });
