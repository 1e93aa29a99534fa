import { z } from 'zod';
import { channelSchema } from './primitives';

export const TRANSFER_OUTCOMES = ['answered', 'busy', 'no_answer', 'rejected'] as const;
export const transferOutcomeSchema = z.enum(TRANSFER_OUTCOMES);
export type TransferOutcome = z.infer<typeof transferOutcomeSchema>;

/** The world a conversation starts in: what the simulator's "set the scene" controls. */
export const sceneSchema = z.object({
  channel: channelSchema.default('web_chat'),
  contactAssigned: z.boolean().default(false).describe('The contact already has an assigned user.'),
  agentsAvailable: z.boolean().default(true),
  withinHours: z.boolean().default(true),
  // What a voice transfer will meet when no explicit transfer_outcome event is given.
  transferOutcome: transferOutcomeSchema.default('answered'),
  variables: z.record(z.string(), z.string()).default({}),
});
export type Scene = z.infer<typeof sceneSchema>;

/** Input events. The conversation itself starts from a scene, so `start` is not in this list. */
export const inputEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user_message'), text: z.string().max(4000) }),
  z.object({ type: z.literal('ai_no_answer') }),
  z.object({ type: z.literal('ai_answer_failed') }),
  z.object({ type: z.literal('advance'), ms: z.number().int().min(0).max(365 * 24 * 3600 * 1000) }),
  z.object({ type: z.literal('transfer_outcome'), outcome: transferOutcomeSchema }),
  z.object({ type: z.literal('agents_available'), available: z.boolean() }),
  z.object({ type: z.literal('business_hours'), open: z.boolean() }),
  z.object({ type: z.literal('agent_accept'), staffId: z.string().optional() }),
  z.object({ type: z.literal('agent_decline') }),
  z.object({ type: z.literal('agent_reply'), text: z.string().max(4000) }),
  z.object({ type: z.literal('agent_resolve') }),
  z.object({ type: z.literal('queue_timeout') }),
  z.object({ type: z.literal('user_left') }),
]);
export type InputEvent = z.infer<typeof inputEventSchema>;
export type InputEventType = InputEvent['type'];
