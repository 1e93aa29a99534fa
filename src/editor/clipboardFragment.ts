import { z } from 'zod';
import { edgeSchema, nodeSchema, positionSchema } from '../schema';

export const FRAGMENT_FORMAT = 'baton.fragment';

/**
 * What copy puts on the clipboard: nodes, the edges between them (internal only) and their
 * positions. Ids are re-made on paste, so a fragment can go into another flow.
 */
export const clipboardFragmentSchema = z.object({
  format: z.literal(FRAGMENT_FORMAT),
  nodes: z.array(nodeSchema).max(20000),
  edges: z.array(edgeSchema).max(40000).default([]),
  layout: z.record(z.string(), positionSchema).default({}),
});
export type ClipboardFragment = z.infer<typeof clipboardFragmentSchema>;
