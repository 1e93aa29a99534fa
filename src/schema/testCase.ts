import * as z from 'zod/mini';
import { idSchema, keyedRecord, matchPathSchema } from './primitives';
import { inputEventSchema, sceneSchema } from './events';
import { EFFECT_TYPES } from './effects';

/**
 * One expectation on the effect log: an effect of this type whose fields match `match`
 * (dot paths; an array field matches when it contains the value). `absent` asserts that no such
 * effect occurs. `at` pins the virtual time in ms. Expectations without `absent` must appear in order.
 */
export const expectationSchema = z.object({
  effect: z.enum(EFFECT_TYPES),
  match: z.prefault(keyedRecord(matchPathSchema, z.union([z.string(), z.number(), z.boolean(), z.null()])), {}),
  at: z.optional(z.number().check(z.int(), z.gte(0))),
  absent: z._default(z.boolean(), false),
});
export type Expectation = z.infer<typeof expectationSchema>;

export const testCaseSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  scene: z.prefault(sceneSchema, {}),
  events: z._default(z.array(inputEventSchema).check(z.maxLength(1000)), []),
  expect: z._default(z.array(expectationSchema).check(z.maxLength(500)), []),
});
export type TestCase = z.infer<typeof testCaseSchema>;
