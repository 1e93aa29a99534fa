import * as z from 'zod/mini';
import { variableNameSchema } from '../primitives';

/**
 * What the person who takes over receives with the conversation, per handover: a summary the bot
 * wrote into a variable (with a fixed text to rehearse it in the Simulator), how much of the
 * transcript to attach, chosen variables and the contact's tags, and a private note. Each provider
 * carries it its own way and has its own limit: SIP headers (1,024 URL-encoded characters),
 * Messenger thread-control metadata (1,000 characters), Zendesk switchboard metadata (4 KB).
 * Voice can make it a warm transfer: the agent hears the summary before the caller is connected.
 */
export const agentContextSchema = z.object({
  summaryVariable: z
    ._default(variableNameSchema.check(z.maxLength(64)), 'summary')
    .check(z.describe('The variable the bot fills with its summary of the conversation; empty: no summary.')),
  sampleSummary: z
    ._default(z.string().check(z.maxLength(1000)), '')
    .check(z.describe('The summary the Simulator and the size checks use while the variable is not set.')),
  transcriptMessages: z
    ._default(z.number().check(z.int(), z.gte(0), z.lte(100)), 10)
    .check(z.describe('How many of the last messages go with the handover (0: none).')),
  variables: z
    ._default(z.array(variableNameSchema).check(z.maxLength(20)), [])
    .check(z.describe('Conversation variables passed by name and value.')),
  includeTags: z._default(z.boolean(), true).check(z.describe("Pass the contact's tags.")),
  note: z
    ._default(z.string().check(z.maxLength(1000)), '')
    .check(z.describe('A private note for the agent; supports {{variable}} placeholders. Never shown to the user.')),
  warmTransfer: z
    ._default(z.boolean(), false)
    .check(z.describe('Voice: the agent hears the summary before the caller is connected and can decline (the Rejected port).')),
});
export type AgentContext = z.infer<typeof agentContextSchema>;

export const DEFAULT_AGENT_CONTEXT: AgentContext = agentContextSchema.parse({});
