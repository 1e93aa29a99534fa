import * as z from 'zod/mini';

/** The placeholders a waiting message fills from the queue (Twilio <Enqueue> waitUrl: QueuePosition, AvgQueueTime). */
export const WAITING_PLACEHOLDERS = ['queue_position', 'estimated_wait'] as const;

export const DEFAULT_WAITING_MESSAGE = 'You are number {{queue_position}} in the queue. The estimated wait is {{estimated_wait}}.';
export const DEFAULT_CALLBACK_OFFER = 'Sorry for the wait. Reply "call me back" to leave the queue and we will call you back instead.';

/**
 * What the user hears while a queued handover (live chat, Zendesk) waits for a person: a message
 * every few minutes with the queue position and estimated wait, and, after a set wait, an offer to
 * leave the queue for a callback. Absent: the queue is silent (flows written before this stay so).
 */
export const waitingSchema = z.object({
  everyMinutes: z
    ._default(z.number().check(z.gte(1), z.lte(60)), 2)
    .check(z.describe('Minutes between waiting messages; the first one comes this long after the handover.')),
  message: z
    ._default(z.string().check(z.maxLength(1000)), DEFAULT_WAITING_MESSAGE)
    .check(z.describe('Sent at each interval; {{queue_position}} and {{estimated_wait}} are filled from the queue, other {{variables}} from the conversation.')),
  offerCallbackAfterMinutes: z
    ._default(z.nullable(z.number().check(z.gte(1), z.lte(24 * 60))), null)
    .check(z.describe('After this many minutes in the queue the user is offered a callback (the Callback port); null: never.')),
  callbackOffer: z._default(z.string().check(z.maxLength(1000)), DEFAULT_CALLBACK_OFFER),
  callbackPhrases: z
    ._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)), ['call me back', 'callback'])
    .check(z.describe('A reply containing one of these (any case) accepts the callback offer.')),
});
export type Waiting = z.infer<typeof waitingSchema>;

/** The default a designer gets when turning waiting messages on. */
export const DEFAULT_WAITING: Waiting = waitingSchema.parse({});
