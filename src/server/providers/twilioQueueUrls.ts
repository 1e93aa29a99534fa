import { QUEUE_ACTION_URL_PLACEHOLDER, QUEUE_GATHER_URL_PLACEHOLDER, QUEUE_WAIT_URL_PLACEHOLDER } from '../../runtime/providers/buildTwilioEnqueue';
import { escapeXml } from '../../runtime/providers/escapeXml';

/** <Enqueue waitUrl>: what a caller waiting in a Twilio queue hears (the webhook plugin serves it). */
export const TWILIO_QUEUE_WAIT_PATH = '/webhooks/twilio/queue/wait';
/** <Enqueue action>: why the call left the queue (QueueResult). */
export const TWILIO_QUEUE_ACTION_PATH = '/webhooks/twilio/queue/action';
/** The callback offer's <Gather action>: the key pressed or the words said. */
export const TWILIO_QUEUE_GATHER_PATH = '/webhooks/twilio/queue/gather';

/** The server's queue URLs in place of the engine's placeholders (<Enqueue waitUrl/action>, the offer's <Gather action>). */
export function fillQueueUrls(twiml: string, publicUrl: string): string {
  return twiml
    .split(QUEUE_WAIT_URL_PLACEHOLDER).join(escapeXml(`${publicUrl}${TWILIO_QUEUE_WAIT_PATH}`))
    .split(QUEUE_ACTION_URL_PLACEHOLDER).join(escapeXml(`${publicUrl}${TWILIO_QUEUE_ACTION_PATH}`))
    .split(QUEUE_GATHER_URL_PLACEHOLDER).join(escapeXml(`${publicUrl}${TWILIO_QUEUE_GATHER_PATH}`));
}
