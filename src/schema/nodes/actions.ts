import { z } from 'zod';

export const messageDataSchema = z.object({
  text: z.string().max(4000).default('').describe('What the bot says. Supports {{variable}} placeholders.'),
});
export type MessageData = z.infer<typeof messageDataSchema>;

export const pauseDataSchema = z.object({
  seconds: z.number().min(0).max(60).default(1.5).describe('Silence before the next step; 1–2 s before a voice handover.'),
});
export type PauseData = z.infer<typeof pauseDataSchema>;

export const assignDataSchema = z.object({
  assigneeId: z.string().default('').describe('Staff member id from the flow settings.'),
  skipIfAssigned: z.boolean().default(true).describe('Keep the current assignee when the contact already has one.'),
});
export type AssignData = z.infer<typeof assignDataSchema>;

export const createTaskDataSchema = z.object({
  title: z.string().max(200).default('Follow up on handover'),
  assigneeId: z.string().nullable().default(null),
  dueHours: z.number().min(0.25).max(24 * 30).default(24).describe('Due time after the trigger; 24 h by default.'),
});
export type CreateTaskData = z.infer<typeof createTaskDataSchema>;

export const addTagDataSchema = z.object({
  tag: z.string().max(64).default('human_handover'),
});
export type AddTagData = z.infer<typeof addTagDataSchema>;

export const pauseBotDataSchema = z.object({
  days: z.number().int().min(0).max(30).default(0),
  hours: z.number().int().min(0).max(23).default(2),
  minutes: z.number().int().min(0).max(59).default(0),
});
export type PauseBotData = z.infer<typeof pauseBotDataSchema>;

export const CONDITION_CHECKS = ['contact_assigned', 'agents_available', 'within_hours', 'variable'] as const;
export const CONDITION_OPERATORS = ['equals', 'not_equals', 'contains', 'exists'] as const;

export const conditionDataSchema = z.object({
  check: z.enum(CONDITION_CHECKS).default('agents_available'),
  variable: z.string().max(64).default(''),
  operator: z.enum(CONDITION_OPERATORS).default('equals'),
  value: z.string().max(200).default(''),
});
export type ConditionData = z.infer<typeof conditionDataSchema>;

export const channelRouterDataSchema = z.object({});
export type ChannelRouterData = z.infer<typeof channelRouterDataSchema>;

export const endDataSchema = z.object({});
export type EndData = z.infer<typeof endDataSchema>;

export const noteDataSchema = z.object({
  text: z.string().max(4000).default(''),
  color: z.enum(['yellow', 'blue', 'green', 'pink']).default('yellow'),
});
export type NoteData = z.infer<typeof noteDataSchema>;
