import { z } from 'zod';
import { idSchema } from './primitives';
import { inputEventSchema, sceneSchema } from './events';
import { EFFECT_TYPES } from './effects';

/**
 * One expectation on the effect log: an effect of this type whose fields match `match`
 * (dot paths; an array field matches when it contains the value). `absent` asserts that no such
 * effect occurs. `at` pins the virtual time in ms. Expectations without `absent` must appear in order.
 */
export const expectationSchema = z.object({
  effect: z.enum(EFFECT_TYPES),
  match: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
  at: z.number().int().min(0).optional(),
  absent: z.boolean().default(false),
});
export type Expectation = z.infer<typeof expectationSchema>;

export const testCaseSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  scene: sceneSchema.prefault({}),
  events: z.array(inputEventSchema).max(1000).default([]),
  expect: z.array(expectationSchema).max(500).default([]),
});
export type TestCase = z.infer<typeof testCaseSchema>;
