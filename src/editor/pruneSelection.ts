import type { Flow } from '../schema';
import type { Selection } from './selection';

/** Drops ids that no longer exist (after a delete or an undo), keeping the same object when nothing changed. */
export function pruneSelection(flow: Flow, selection: Selection): Selection {
  if (selection.nodeIds.length === 0 && selection.edgeIds.length === 0) return selection;
  const nodeIds = new Set(flow.nodes.map((n) => n.id));
  const edgeIds = new Set(flow.edges.map((e) => e.id));
  const keptNodes = selection.nodeIds.filter((id) => nodeIds.has(id));
  const keptEdges = selection.edgeIds.filter((id) => edgeIds.has(id));
  if (keptNodes.length === selection.nodeIds.length && keptEdges.length === selection.edgeIds.length) return selection;
  return { nodeIds: keptNodes, edgeIds: keptEdges };
}
