import * as z from 'zod/mini';
import { sceneSchema } from '../../schema';

/** Request bodies and queries of the conversation API, checked with the shared zod schemas. */
export const refsSchema = z.strictObject({
  callSid: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  accountSid: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  psid: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  pageId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  chatId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

export const createConversationSchema = z.strictObject({
  flowId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  scene: z.optional(sceneSchema),
  refs: z.optional(refsSchema),
});

export const effectsQuerySchema = z.object({
  after: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 500),
});

export const setCurrentSchema = z.strictObject({ version: z.number().check(z.int(), z.gte(1)) });

export const idempotencyKeySchema = z.optional(z.string().check(z.minLength(1), z.maxLength(200)));
