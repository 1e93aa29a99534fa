import { createNode, flowSchema, type Channel, type Flow, type FlowInput, type NodeType } from '../../src/schema';
import { createRuntime, type Effect, type Runtime } from '../../src/runtime';

type NodeSpec = [id: string, type: NodeType, data?: Record<string, unknown>];
type EdgeSpec = [source: string, port: string, target: string];

export interface FixtureSpec {
  nodes: NodeSpec[];
  edges?: EdgeSpec[];
  staff?: { id: string; conversationAssigned?: boolean; taskAssigned?: boolean }[];
  channels?: Channel[];
  tests?: FlowInput['tests'];
}

/** A parsed flow from a terse spec: nodes with schema defaults, edges as [source, port, target]. */
export function makeFlow(spec: FixtureSpec): Flow {
  return flowSchema.parse({
    format: 'baton.flow',
    version: 1,
    id: 'fixture',
    name: 'Fixture',
    settings: {
      ...(spec.channels ? { channels: spec.channels } : {}),
      staff: (spec.staff ?? []).map((s) => ({
        id: s.id,
        name: s.id,
        notifications: { conversationAssigned: s.conversationAssigned ?? true, taskAssigned: s.taskAssigned ?? true },
      })),
    },
    nodes: spec.nodes.map(([id, type, data]) => createNode(type, id, data)),
    edges: (spec.edges ?? []).map(([source, sourcePort, target], i) => ({ id: `e${i}`, source, sourcePort, target })),
    tests: spec.tests ?? [],
  });
}

/** A runtime for a flow that must be valid; the test fails with the diagnostics otherwise. */
export function mustRun(flow: Flow): Runtime {
  const created = createRuntime(flow);
  if (!created.ok) throw new Error(`Fixture flow is invalid:\n${created.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n')}`);
  return created.runtime;
}

/** The log as compact `type key=value` lines: readable diffs when an engine test fails. */
export function summarize(log: readonly Effect[], keys: readonly string[] = ['text', 'scenario', 'port', 'staffId', 'tag', 'reason', 'event', 'queue']): string[] {
  return log.map((effect) => {
    const record = effect as unknown as Record<string, unknown>;
    const fields = keys.filter((k) => record[k] !== undefined).map((k) => `${k}=${String(record[k])}`);
    return [effect.type, ...fields].join(' ');
  });
}

export const types = (log: readonly Effect[]) => log.map((e) => e.type);
