import type { VoiceQueue } from '../../schema';
import type { TwilioTransferRequest } from './buildTwilioTransfer';
import { escapeXml } from './escapeXml';

/** Where Twilio asks what a waiting caller hears; the deployed server fills it (POST /webhooks/twilio/queue/wait). */
export const QUEUE_WAIT_URL_PLACEHOLDER = '{{queue_wait_url}}';
/** Where Twilio reports why the call left the queue (QueueResult); the server fills it (POST /webhooks/twilio/queue/action). */
export const QUEUE_ACTION_URL_PLACEHOLDER = '{{queue_action_url}}';
/** Where the callback offer's <Gather> posts what the caller pressed or said. */
export const QUEUE_GATHER_URL_PLACEHOLDER = '{{queue_gather_url}}';

/**
 * The TwiML that puts the live call in a Twilio queue (TwiML <Enqueue> reference):
 * `<Response><Enqueue waitUrl="…" waitUrlMethod="POST" action="…" method="POST">support</Enqueue></Response>`,
 * sent as "Modify a live call" like a <Dial> transfer. Twilio requests the waitUrl (with
 * QueuePosition and AvgQueueTime) while the caller waits and again each time its TwiML runs out;
 * the action URL hears why the call left the queue (QueueResult). The engine knows no server, so
 * both URLs are placeholders the server fills (fillQueueUrls).
 */
export function buildTwilioEnqueue(queue: VoiceQueue, recording: boolean): TwilioTransferRequest {
  const twiml =
    `<Response><Enqueue waitUrl="${QUEUE_WAIT_URL_PLACEHOLDER}" waitUrlMethod="POST" action="${QUEUE_ACTION_URL_PLACEHOLDER}" method="POST">` +
    `${escapeXml(queue.name.trim())}</Enqueue></Response>`;
  return {
    provider: 'twilio',
    method: 'POST',
    path: '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json',
    body: { Twiml: twiml },
    target: 'queue',
    recordingContinues: recording,
  };
}
