import type { Flow } from '../schema';
import type { ClipboardFragment } from './clipboardFragment';
import type { Selection } from './selection';

/** The selected nodes, the edges between them (edges to outside nodes are left behind) and their positions. */
export function copySelection(flow: Flow, selection: Selection): ClipboardFragment {
  const ids = new Set(selection.nodeIds);
  const nodes = flow.nodes.filter((n) => ids.has(n.id));
  const edges = flow.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const layout: Record<string, { x: number; y: number }> = {};
  for (const node of nodes) {
    const position = flow.layout.nodes[node.id];
    if (position) layout[node.id] = { x: position.x, y: position.y };
  }
  return structuredClone({ format: 'baton.fragment', nodes, edges, layout });
}
