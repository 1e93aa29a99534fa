import { portsOf, type Flow } from '../schema';
import type { Connection } from './canConnect';
import { nodeName } from './nodeName';

/** "Busy → Message"; a single-output node reads better by its own name: "Pause → Handover". */
export function describeConnection(flow: Flow, connection: Connection): string {
  const source = flow.nodes.find((n) => n.id === connection.source);
  const target = flow.nodes.find((n) => n.id === connection.target);
  const ports = source ? portsOf(source) : [];
  const port = ports.find((p) => p.id === connection.sourcePort);
  const from = port && ports.length > 1 ? port.label : nodeName(source, flow);
  return `${from} → ${nodeName(target, flow)}`;
}
