import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

/** Text-to-speech reads about 150 words a minute; a waiting message longer than this loses callers on hold. */
const WORDS_PER_SECOND = 2.5;
export const LONGEST_WAIT_MESSAGE_SECONDS = 30;

/** About how long <Say> takes to read a text, in seconds. */
export function spokenSeconds(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.ceil(words / WORDS_PER_SECOND);
}

/**
 * A voice handover waiting in a Twilio queue (<Enqueue>): the traps of the queue and of what the
 * caller hears from the wait URL.
 */
export const voiceQueue = defineRule({
  id: 'voiceQueue',
  source: SOURCES.twilioEnqueue,
  codes: [
    { code: 'voice.queue.name_missing', severity: 'error', summary: 'A voice handover waits in a Twilio queue with no name: <Enqueue> needs the queue name agents dequeue from.' },
    { code: 'voice.queue.silent', severity: 'warning', summary: 'A caller waits in a Twilio queue with neither waiting messages nor hold music: the wait URL answers with silence and callers hang up thinking the line is dead.' },
    { code: 'voice.queue.message_too_long', severity: 'warning', summary: `The waiting message takes longer than ${LONGEST_WAIT_MESSAGE_SECONDS} s to say (or longer than the interval between messages): callers on hold hear a lecture instead of where they stand.` },
    { code: 'voice.queue.callback_key_unsaid', severity: 'warning', summary: 'The callback offer on a call does not say the key to press: a caller cannot "reply", so nobody takes the offer.' },
  ],
  run({ flow, graph }, report) {
    for (const { node, destination } of handoversOf(graph, 'voice')) {
      const queue = destination.queue;
      if (!queue) continue;
      const name = nameNode(node, flow);
      const at = (...keys: string[]) => graph.nodePath(node.id, 'data', 'destination', ...keys);
      if (queue.name.trim() === '') {
        report('voice.queue.name_missing', { message: `${name} puts the caller in a Twilio queue with no name; enter the queue your agents dequeue from (e.g. "support").`, nodeId: node.id, path: at('queue', 'name') });
      }
      const waiting = destination.waiting;
      if (!waiting && queue.holdMusicUrl.trim() === '') {
        report('voice.queue.silent', { message: `${name}: a caller in the queue hears nothing at all; turn on waiting messages or give hold music.`, nodeId: node.id, path: at('queue', 'holdMusicUrl') });
      }
      if (!waiting) continue;
      const seconds = spokenSeconds(waiting.message);
      if (seconds > LONGEST_WAIT_MESSAGE_SECONDS || seconds >= waiting.everyMinutes * 60) {
        report('voice.queue.message_too_long', {
          message: `${name}: the waiting message takes about ${seconds} s to say, and callers hear it every ${waiting.everyMinutes} min on hold; keep it under ${LONGEST_WAIT_MESSAGE_SECONDS} s (the position and the wait).`,
          nodeId: node.id,
          path: at('waiting', 'message'),
        });
      }
      if (waiting.offerCallbackAfterMinutes !== null && !waiting.callbackOffer.includes(queue.callbackDigit)) {
        report('voice.queue.callback_key_unsaid', {
          message: `${name}: the callback offer does not say "press ${queue.callbackDigit}"; a caller cannot reply in writing, so say the key (e.g. "To be called back, press ${queue.callbackDigit}.").`,
          nodeId: node.id,
          path: at('waiting', 'callbackOffer'),
        });
      }
    }
  },
});
