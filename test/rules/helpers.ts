import { createNode, flowSchema, type Flow, type FlowEdge, type FlowInput, type FlowNode, type NodeType } from '../../src/schema';
import type { Diagnostic } from '../../src/rules/diagnostic';
import { validateFlow } from '../../src/rules/validateFlow';

/** A node of a kind with some data over its defaults. */
export const node = <T extends NodeType>(type: T, id: string, data: Record<string, unknown> = {}) => createNode(type, id, data);

/** `a.next>b` style edge with a readable id. */
export function edge(source: string, port: string, target: string, id = `${source}-${port}`): FlowEdge {
  return { id, source, sourcePort: port, target };
}

/** A parsed flow from nodes, edges and optional settings (defaults filled by the schema). */
export function flowOf(nodes: FlowNode[], edges: FlowEdge[] = [], settings: FlowInput['settings'] = {}): Flow {
  return flowSchema.parse({ format: 'baton.flow', version: 1, id: 'test', name: 'Test', nodes, edges, settings });
}

export const STAFF = [{ id: 'dana', name: 'Dana Reyes' }];

/**
 * A clean chat handover: Human requested → Assign dana → final message → Live chat handover,
 * with the no_agents port answered by a message and an end.
 */
export function chatFlow(): Flow {
  return flowOf(
    [
      node('trigger_human_requested', 't'),
      node('assign', 'a', { assigneeId: 'dana' }),
      node('message', 'm', { text: 'Thank you! Someone from the team will get back to you.' }),
      node('handover', 'h'),
      node('message', 'sorry', { text: 'Nobody is online; we will write back.' }),
      node('end', 'e'),
    ],
    [edge('t', 'next', 'a'), edge('a', 'next', 'm'), edge('m', 'next', 'h'), edge('h', 'no_agents', 'sorry'), edge('sorry', 'next', 'e')],
    { staff: STAFF, channels: ['web_chat'] },
  );
}

/**
 * A clean voice handover on phone calls: trigger → Assign → message → Pause 1.5 s → SIP transfer,
 * each failure port to a goodbye message.
 */
export function voiceFlow(destination: Record<string, unknown> = {}, settings: FlowInput['settings'] = {}): Flow {
  return flowOf(
    [
      node('trigger_human_requested', 't'),
      node('assign', 'a', { assigneeId: 'dana' }),
      node('message', 'm', { text: 'Connecting you to an agent.' }),
      node('pause', 'p', { seconds: 1.5 }),
      node('handover', 'h', { destination: { kind: 'voice', to: 'sip:agent@example.com', ...destination } }),
      node('message', 'bye', { text: 'Sorry, nobody could take the call.' }),
    ],
    [
      edge('t', 'next', 'a'),
      edge('a', 'next', 'm'),
      edge('m', 'next', 'p'),
      edge('p', 'next', 'h'),
      edge('h', 'busy', 'bye'),
      edge('h', 'no_answer', 'bye'),
      edge('h', 'rejected', 'bye'),
    ],
    { staff: STAFF, channels: ['phone_voice'], ...settings },
  );
}

/** Copies a flow so a test can change one thing. */
export function tweak(flow: Flow, change: (draft: Flow) => void): Flow {
  const copy = structuredClone(flow);
  change(copy);
  return copy;
}

export function withCode(flow: Flow, code: string): Diagnostic[] {
  return validateFlow(flow).filter((d) => d.code === code);
}

export function nodeById(flow: Flow, id: string): FlowNode {
  const found = flow.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}
