import type { Diagnostic } from '../../rules/diagnostic';
import { portsOf, type Flow, type FlowNode } from '../../schema';
import { connectToNew } from './fixEdits';
import { fixGraph } from './fixGraph';
import type { QuickFix } from './types';

/**
 * "Connect <port> to a new Message" for a diagnostic about an unwired port. One diagnostic is
 * reported per port with the node's path, so the port is the unwired one the message names in
 * quotes ("the "Busy" port"); `texts` gives each port the Message's words and which ports to offer.
 */
export function connectPortFix(diagnostic: Diagnostic, flow: Flow, node: FlowNode | undefined, texts: Readonly<Record<string, string>>): QuickFix[] {
  if (!node) return [];
  const wired = fixGraph(flow).outEdges.get(node.id);
  const open = portsOf(node).filter((p) => !wired?.has(p.id) && texts[p.id] !== undefined);
  const port = open.find((p) => diagnostic.message.includes(`"${p.label}"`)) ?? (open.length === 1 ? open[0] : undefined);
  if (!port) return [];
  return [
    {
      id: `connect-${port.id}`,
      label: `Connect ${port.label} to a new Message`,
      apply(draft, ctx) {
        if (draft.edges.some((e) => e.source === node.id && e.sourcePort === port.id)) return false;
        const id = connectToNew(draft, flow, node.id, port.id, 'message', { text: texts[port.id] });
        ctx.select({ nodeIds: [id], edgeIds: [] });
      },
    },
  ];
}
