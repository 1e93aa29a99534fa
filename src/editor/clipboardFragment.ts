import * as z from 'zod/mini';
import { edgeSchema, nodeSchema, positionSchema } from '../schema';

export const FRAGMENT_FORMAT = 'baton.fragment';

/**
 * What copy puts on the clipboard: nodes, the edges between them (internal only) and their
 * positions. Ids are re-made on paste, so a fragment can go into another flow.
 */
export const clipboardFragmentSchema = z.object({
  format: z.literal(FRAGMENT_FORMAT),
  nodes: z.array(nodeSchema).check(z.maxLength(20000)),
  edges: z._default(z.array(edgeSchema).check(z.maxLength(40000)), []),
  layout: z._default(z.record(z.string(), positionSchema), {}),
});
export type ClipboardFragment = z.infer<typeof clipboardFragmentSchema>;
