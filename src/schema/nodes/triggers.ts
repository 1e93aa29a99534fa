import { z } from 'zod';

/** The four example phrases from the human-handover product page. */
export const DEFAULT_HUMAN_PHRASES = [
  'I want to talk to a human',
  'Can someone real help me?',
  'Connect me to a person',
  'I want to talk to the manager',
];

const enabled = z.boolean().default(true).describe('Handover runs only when an enabled scenario fires.');

export const humanRequestedDataSchema = z.object({
  enabled,
  phrases: z.array(z.string().max(200)).max(100).default(DEFAULT_HUMAN_PHRASES),
});
export type HumanRequestedData = z.infer<typeof humanRequestedDataSchema>;

export const knowledgeGapDataSchema = z.object({ enabled });
export type KnowledgeGapData = z.infer<typeof knowledgeGapDataSchema>;

export const repeatedFailureDataSchema = z.object({
  enabled,
  // The schema accepts any small count so the validator can explain the limit (rule scenario.retries).
  retries: z.number().int().min(0).max(10).default(2).describe('Failed attempts tolerated before handover (maximum 2).'),
});
export type RepeatedFailureData = z.infer<typeof repeatedFailureDataSchema>;

export const sensitiveTopicDataSchema = z.object({
  enabled,
  keywords: z.array(z.string().max(100)).max(100).default([]),
});
export type SensitiveTopicData = z.infer<typeof sensitiveTopicDataSchema>;

export const conversationStartDataSchema = z.object({ enabled });
export type ConversationStartData = z.infer<typeof conversationStartDataSchema>;
