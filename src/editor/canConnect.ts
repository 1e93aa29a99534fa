import { acceptsInput, kindOf, portsOf, type Flow } from '../schema';
import type { Check } from './canAddNode';
import { nodeName } from './nodeName';

export interface Connection {
  source: string;
  sourcePort: string;
  target: string;
}

/**
 * Whether a connection may be drawn; also asked live while a connection is dragged, so it is
 * cheap (no validation of the whole flow). Each output port leads to one next step.
 */
export function canConnect(flow: Flow, connection: Connection): Check {
  const source = flow.nodes.find((n) => n.id === connection.source);
  const target = flow.nodes.find((n) => n.id === connection.target);
  if (!source) return { ok: false, reason: `There is no node "${connection.source}" to connect from` };
  if (!target) return { ok: false, reason: `There is no node "${connection.target}" to connect to` };
  if (source.id === target.id) return { ok: false, reason: `${nodeName(source, flow)} cannot connect to itself` };
  const port = portsOf(source).find((p) => p.id === connection.sourcePort);
  if (!port) {
    const ports = portsOf(source).map((p) => `"${p.id}"`);
    return {
      ok: false,
      reason: ports.length
        ? `${nodeName(source, flow)} has no "${connection.sourcePort}" output; its outputs are ${ports.join(', ')}`
        : `${nodeName(source, flow)} has no outputs`,
    };
  }
  if (!acceptsInput(target)) {
    const why = kindOf(target).role === 'trigger' ? 'a trigger starts the flow and has no input' : 'a note is not part of the flow';
    return { ok: false, reason: `Cannot connect into ${nodeName(target, flow)}: ${why}` };
  }
  const used = flow.edges.find((e) => e.source === source.id && e.sourcePort === port.id);
  if (used) {
    const other = flow.nodes.find((n) => n.id === used.target);
    return { ok: false, reason: `The "${port.label}" output of ${nodeName(source, flow)} already leads to ${nodeName(other, flow)}; disconnect it first` };
  }
  return { ok: true };
}
