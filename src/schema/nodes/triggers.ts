import * as z from 'zod/mini';

/** The four example phrases from the human-handover product page. */
export const DEFAULT_HUMAN_PHRASES = [
  'I want to talk to a human',
  'Can someone real help me?',
  'Connect me to a person',
  'I want to talk to the manager',
];

const enabled = z._default(z.boolean(), true).check(z.describe('Handover runs only when an enabled scenario fires.'));

export const humanRequestedDataSchema = z.object({
  enabled,
  phrases: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)), DEFAULT_HUMAN_PHRASES),
});
export type HumanRequestedData = z.infer<typeof humanRequestedDataSchema>;

export const knowledgeGapDataSchema = z.object({ enabled });
export type KnowledgeGapData = z.infer<typeof knowledgeGapDataSchema>;

export const repeatedFailureDataSchema = z.object({
  enabled,
  // The schema accepts any small count so the validator can explain the limit (rule scenario.retries).
  retries: z
    ._default(z.number().check(z.int(), z.gte(0), z.lte(10)), 2)
    .check(z.describe('Failed attempts tolerated before handover (maximum 2).')),
});
export type RepeatedFailureData = z.infer<typeof repeatedFailureDataSchema>;

export const sensitiveTopicDataSchema = z.object({
  enabled,
  keywords: z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)), []),
});
export type SensitiveTopicData = z.infer<typeof sensitiveTopicDataSchema>;

export const conversationStartDataSchema = z.object({ enabled });
export type ConversationStartData = z.infer<typeof conversationStartDataSchema>;
