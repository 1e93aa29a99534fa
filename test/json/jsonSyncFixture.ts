import { createNode, flowSchema, type Flow } from '../../src/schema';

/** A small valid flow: trigger → message → pause → voice handover. */
export function makeFlow(overrides: Partial<Flow> = {}): Flow {
  return flowSchema.parse({
    format: 'baton.flow',
    version: 1,
    id: 'flow-1',
    name: 'Voice handover',
    nodes: [
      createNode('trigger_human_requested', 'start'),
      createNode('message', 'bye', { text: 'Connecting you now.' }),
      createNode('pause', 'wait', { seconds: 1.5 }),
      createNode('handover', 'transfer', { destination: { kind: 'voice', to: '+12025551234' } }),
    ],
    edges: [
      { id: 'e1', source: 'start', sourcePort: 'next', target: 'bye' },
      { id: 'e2', source: 'bye', sourcePort: 'next', target: 'wait' },
    ],
    ...overrides,
  });
}
