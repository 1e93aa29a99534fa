import type { FitViewOptions } from '@xyflow/react';
import { kindOf, type Flow } from '../../schema';

/** Above this many nodes, fitting the whole flow would open it at an unreadable zoom. */
export const LARGE_FLOW_NODES = 200;
const EMPTY_FLOW: FitViewOptions = { maxZoom: 1, padding: 0.2 };

/**
 * Where a large flow opens: on its triggers (where every conversation starts) at a readable zoom,
 * through React Flow's fitView. Fitting 1,000 nodes shows them at 10 %, where no label can be
 * read, and mounts every node at once; with onlyRenderVisibleElements only what is on screen
 * mounts, so a 3,000-node flow opens about as fast as a small one (bench/run.mjs, "load"). The Fit
 * view control still fits everything. Null for other non-empty flows: initialViewport places them.
 */
export function initialFitView(flow: Flow): FitViewOptions | null {
  // An empty flow: React Flow holds the fit until the first nodes arrive and frames them.
  if (flow.nodes.length === 0) return EMPTY_FLOW;
  if (flow.nodes.length <= LARGE_FLOW_NODES) return null;
  const triggers = flow.nodes.filter((node) => kindOf(node).role === 'trigger');
  const start = triggers.length > 0 ? triggers : flow.nodes.slice(0, 1);
  return { maxZoom: 1, minZoom: 0.5, padding: 0.2, nodes: start.slice(0, 20).map((node) => ({ id: node.id })) };
}
