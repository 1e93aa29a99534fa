import { nanoid } from 'nanoid';
import { FLOW_FORMAT, FLOW_VERSION, flowSchema, type Flow } from '../schema';

/** A new flow with no nodes and every setting at its default (all channels, no staff). */
export function createEmptyFlow(name: string): Flow {
  return flowSchema.parse({
    format: FLOW_FORMAT,
    version: FLOW_VERSION,
    id: `flow-${nanoid(10)}`,
    name: name.trim().slice(0, 200) || 'Untitled flow',
    nodes: [],
  });
}
