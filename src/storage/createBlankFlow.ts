import { nanoid } from 'nanoid';
import { FLOW_FORMAT, FLOW_VERSION, flowSchema, type Flow } from '../schema/flow';

/** An empty flow with every default filled in, ready for the canvas. */
export function createBlankFlow(name = 'Untitled flow', id: string = nanoid(12)): Flow {
  return flowSchema.parse({ format: FLOW_FORMAT, version: FLOW_VERSION, id, name, nodes: [] });
}
