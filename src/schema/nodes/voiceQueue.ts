import * as z from 'zod/mini';

/**
 * A voice handover that waits in a Twilio queue instead of dialling a person (TwiML <Enqueue>):
 * `<Enqueue waitUrl=… action=…>queue-name</Enqueue>`. An agent takes the caller out of the queue
 * with `<Dial><Queue>queue-name</Queue></Dial>`; while the caller waits, Twilio requests the waitUrl
 * with QueuePosition and AvgQueueTime, and the handover's waiting messages are what they hear.
 */
export const voiceQueueSchema = z.object({
  name: z
    ._default(z.string().check(z.maxLength(64)), '')
    .check(z.describe('The Twilio queue the caller waits in (<Enqueue>queue-name</Enqueue>; at most 64 characters). Agents dequeue callers with <Dial><Queue>queue-name</Queue></Dial>.')),
  maxWaitMinutes: z
    ._default(z.number().check(z.gte(1), z.lte(240)), 10)
    .check(z.describe('After this many minutes in the queue the wait URL answers <Leave/> and the flow goes on from No answer (Twilio has no queue timeout of its own).')),
  callbackDigit: z
    ._default(z.enum(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']), '1')
    .check(z.describe('The key a caller presses to accept the callback offer (<Gather> in the wait URL); saying a callback phrase works too.')),
  holdMusicUrl: z
    ._default(z.string().check(z.maxLength(1024)), '')
    .check(z.describe('An MP3 or WAV played between the waiting messages (<Play>); empty: silence between them.')),
});
export type VoiceQueue = z.infer<typeof voiceQueueSchema>;

/**
 * Twilio's QueueResult values, as the <Enqueue> action request reports why the call left the queue
 * (TwiML <Enqueue> reference, "QueueResult values").
 */
export const TWILIO_QUEUE_RESULTS = ['bridged', 'bridging-in-process', 'error', 'hangup', 'leave', 'redirected', 'redirected-from-bridged', 'queue-full', 'system-error'] as const;
export type TwilioQueueResult = (typeof TWILIO_QUEUE_RESULTS)[number];
