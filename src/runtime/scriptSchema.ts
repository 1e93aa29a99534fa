import * as z from 'zod/mini';
import { inputEventSchema, sceneSchema } from '../schema';

/** A conversation to replay: the scene it starts in and the events that follow (CLI `baton run`). */
export const scriptSchema = z.object({
  scene: z.prefault(sceneSchema, {}),
  events: z._default(z.array(inputEventSchema).check(z.maxLength(10_000)), []),
});
export type Script = z.infer<typeof scriptSchema>;
export type ScriptInput = z.input<typeof scriptSchema>;
