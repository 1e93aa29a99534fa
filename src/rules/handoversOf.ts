import type { DestinationKind, HandoverDestination, NodeOfType } from '../schema';
import type { FlowAnalysis } from './analyzeFlow';

export interface HandoverOf<K extends DestinationKind> {
  node: NodeOfType<'handover'>;
  destination: Extract<HandoverDestination, { kind: K }>;
}

/** The handover nodes with the given destination kind(s), in document order. */
export function handoversOf<K extends DestinationKind>(graph: FlowAnalysis, ...kinds: K[]): HandoverOf<K>[] {
  const out: HandoverOf<K>[] = [];
  for (const node of graph.nodeById.values()) {
    if (node.type !== 'handover') continue;
    const destination = node.data.destination;
    if ((kinds as DestinationKind[]).includes(destination.kind)) {
      out.push({ node, destination: destination as Extract<HandoverDestination, { kind: K }> });
    }
  }
  return out;
}
