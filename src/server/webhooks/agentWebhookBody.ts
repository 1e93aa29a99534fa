import * as z from 'zod/mini';
import type { InputEvent } from '../../schema';

/**
 * Baton's agent webhook body, for a live-chat inbox or a Zendesk webhook whose JSON body is
 * written in this shape: which delivery (`id`, the dedupe key), which chat (`chatId`, the ref the
 * conversation was created with) and what the agent did.
 */
const base = { id: z.string().check(z.minLength(1), z.maxLength(200)), chatId: z.string().check(z.minLength(1), z.maxLength(200)) };
export const agentWebhookBodySchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('accept'), staffId: z.optional(z.string().check(z.maxLength(200))) }),
  z.object({ ...base, type: z.literal('reply'), text: z.string().check(z.minLength(1), z.maxLength(4000)) }),
  z.object({ ...base, type: z.literal('resolve') }),
  // The agent gives the conversation back to the bot without resolving it (Zendesk switchboard releaseControl, a live chat "back to bot").
  z.object({ ...base, type: z.literal('release') }),
]);
export type AgentWebhookBody = z.infer<typeof agentWebhookBodySchema>;

export function agentEventOf(body: AgentWebhookBody): InputEvent {
  switch (body.type) {
    case 'accept':
      return { type: 'agent_accept', ...(body.staffId ? { staffId: body.staffId } : {}) };
    case 'reply':
      return { type: 'agent_reply', text: body.text };
    case 'resolve':
      return { type: 'agent_resolve' };
    case 'release':
      return { type: 'agent_release' };
  }
}
