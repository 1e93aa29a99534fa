import * as z from 'zod/mini';
import { channelSchema, keyedRecord, variableNameSchema } from './primitives';
import { localDateTimeSchema, timeZoneSchema } from './calendar';
import { TWILIO_QUEUE_RESULTS } from './nodes/voiceQueue';

export const TRANSFER_OUTCOMES = ['answered', 'busy', 'no_answer', 'rejected'] as const;
export const transferOutcomeSchema = z.enum(TRANSFER_OUTCOMES);
export type TransferOutcome = z.infer<typeof transferOutcomeSchema>;

/** The world a conversation starts in: what the simulator's "set the scene" controls. */
export const sceneSchema = z.object({
  channel: z._default(channelSchema, 'web_chat'),
  contactAssigned: z._default(z.boolean(), false).check(z.describe('The contact already has an assigned user.')),
  agentsAvailable: z._default(z.boolean(), true),
  withinHours: z._default(z.boolean(), true),
  // What a voice transfer will meet when no explicit transfer_outcome event is given.
  transferOutcome: z._default(transferOutcomeSchema, 'answered'),
  variables: z.prefault(keyedRecord(variableNameSchema, z.string()), {}),
  // The virtual clock's real start: without it Hours nodes follow withinHours (open or closed).
  startAt: z.optional(localDateTimeSchema).check(z.describe('Wall-clock date and time the conversation starts at, read in timeZone.')),
  timeZone: z.optional(timeZoneSchema).check(z.describe('IANA time zone of startAt and of the clock shown in the Simulator; UTC when absent.')),
  // A queued handover's place in line and when a person picks it up (the Simulator's rehearsal of the wait).
  queuePosition: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000))).check(z.describe('Place in the queue when a live chat, Zendesk or Twilio-queue (voice) handover starts waiting; 1 when absent.')),
  agentAnswersAfterMinutes: z.optional(z.number().check(z.gte(0), z.lte(24 * 60))).check(z.describe('Minutes after queueing at which an agent accepts by themselves; absent: only an agent_accept event does.')),
});
export type Scene = z.infer<typeof sceneSchema>;

/** Input events. The conversation itself starts from a scene, so `start` is not in this list. */
export const inputEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user_message'), text: z.string().check(z.maxLength(4000)) }),
  z.object({ type: z.literal('ai_no_answer') }),
  z.object({ type: z.literal('ai_answer_failed') }),
  z.object({ type: z.literal('advance'), ms: z.number().check(z.int(), z.gte(0), z.lte(365 * 24 * 3600 * 1000)) }),
  z.object({ type: z.literal('transfer_outcome'), outcome: transferOutcomeSchema }),
  z.object({ type: z.literal('agents_available'), available: z.boolean() }),
  z.object({ type: z.literal('business_hours'), open: z.boolean() }),
  z.object({ type: z.literal('agent_accept'), staffId: z.optional(z.string()) }),
  z.object({ type: z.literal('agent_decline') }),
  z.object({ type: z.literal('agent_reply'), text: z.string().check(z.maxLength(4000)) }),
  z.object({ type: z.literal('agent_resolve') }),
  z.object({ type: z.literal('queue_timeout') }),
  z.object({ type: z.literal('user_left') }),
  // The provider reports the queue (Twilio <Enqueue> QueuePosition / AvgQueueTime, Zendesk queue position).
  z.object({ type: z.literal('queue_update'), position: z.number().check(z.int(), z.gte(1), z.lte(1000)), waitMinutes: z.optional(z.number().check(z.gte(0), z.lte(24 * 60))) }),
  // The agent gives the conversation back to the bot without resolving it (Messenger: thread control returned).
  z.object({ type: z.literal('agent_release') }),
  // Why a caller left a Twilio queue: the <Enqueue> action request's QueueResult.
  z.object({ type: z.literal('queue_result'), result: z.enum(TWILIO_QUEUE_RESULTS) }),
]);
export type InputEvent = z.infer<typeof inputEventSchema>;
export type InputEventType = InputEvent['type'];
