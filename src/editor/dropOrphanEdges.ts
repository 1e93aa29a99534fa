import type { Draft } from 'immer';
import { plural, portsOf, titleNode, type Flow, type FlowNode, type PortSpec } from '../schema';

/**
 * After a node's data changed, its ports may have changed too (a Handover's outcome ports follow
 * its destination). Drops edges leaving ports the node no longer has and says which, so the user
 * is told rather than surprised. Returns the message, or null when nothing was dropped.
 */
export function dropOrphanEdges(draft: Draft<Flow>, before: FlowNode, after: FlowNode): string | null {
  const ports = new Set(portsOf(after).map((p) => p.id));
  const dropped = draft.edges.filter((e) => e.source === after.id && !ports.has(e.sourcePort));
  if (dropped.length === 0) return null;
  draft.edges = draft.edges.filter((e) => !(e.source === after.id && !ports.has(e.sourcePort)));
  const labels = new Map<string, string>(portsOf(before).map((p: PortSpec) => [p.id, p.label]));
  const names = dropped.map((e) => `"${labels.get(e.sourcePort) ?? e.sourcePort}"`);
  return `Removed ${plural(dropped.length, 'connection')} from ${titleNode(after, draft)}: ${names.join(', ')} no longer exists for this destination`;
}
