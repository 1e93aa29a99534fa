import { z } from 'zod';
import { inputEventSchema, sceneSchema } from '../schema';

/** A conversation to replay: the scene it starts in and the events that follow (CLI `baton run`). */
export const scriptSchema = z.object({
  scene: sceneSchema.prefault({}),
  events: z.array(inputEventSchema).max(10_000).default([]),
});
export type Script = z.infer<typeof scriptSchema>;
export type ScriptInput = z.input<typeof scriptSchema>;
