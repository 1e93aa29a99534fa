import { createNode } from '../../src/schema/createNode';
import { flowSchema, type Flow } from '../../src/schema/flow';
import { openBatonDb } from '../../src/storage/db';
import { createFlowLibrary, type FlowLibraryOptions } from '../../src/storage/flowLibrary';

let counter = 0;

/** A fresh database name per test so tests never see each other's data. */
export function freshDbName(): string {
  counter += 1;
  return `baton-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function makeLibrary(options: FlowLibraryOptions = {}, name = freshDbName()) {
  const messages: unknown[] = [];
  const library = createFlowLibrary(openBatonDb(name), { broadcast: (m) => messages.push(m), ...options });
  return { library, name, messages };
}

/** A small voice flow: trigger → message → pause → handover. */
export function makeFlow(id = 'f1', name = 'Chat handover'): Flow {
  return flowSchema.parse({
    format: 'baton.flow',
    version: 1,
    id,
    name,
    nodes: [
      createNode('trigger_human_requested', 't1'),
      createNode('message', 'm1', { text: 'Connecting you now.' }),
      createNode('pause', 'p1', { seconds: 1 }),
      createNode('handover', 'h1', { destination: { kind: 'voice', to: '+12025551234' } }),
      createNode('note', 'n1', { text: 'Remember the pause' }),
    ],
    edges: [
      { id: 'e1', source: 't1', sourcePort: 'next', target: 'm1' },
      { id: 'e2', source: 'm1', sourcePort: 'next', target: 'p1' },
      { id: 'e3', source: 'p1', sourcePort: 'next', target: 'h1' },
    ],
    layout: { nodes: { t1: { x: 0, y: 0 }, m1: { x: 200, y: 0 }, p1: { x: 400, y: 0 }, h1: { x: 600, y: 0 } } },
    tests: [{ id: 'tc1', name: 'hands over', events: [{ type: 'user_message', text: 'Connect me to a person' }] }],
  });
}

/** The flow with its Pause node set to `seconds`. */
export function withPause(flow: Flow, seconds: number): Flow {
  return { ...flow, nodes: flow.nodes.map((n) => (n.type === 'pause' ? { ...n, data: { seconds } } : n)) };
}
