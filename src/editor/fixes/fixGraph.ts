import { analyzeFlow, type FlowAnalysis } from '../../rules/analyzeFlow';
import type { Flow } from '../../schema';

const cache = new WeakMap<Flow, FlowAnalysis>();

/**
 * The validator's analysis of a flow, computed once per document revision: the Problems tab asks
 * for the fixes of every diagnostic on each render, and most providers need the same edges.
 */
export function fixGraph(flow: Flow): FlowAnalysis {
  let graph = cache.get(flow);
  if (!graph) {
    graph = analyzeFlow(flow);
    cache.set(flow, graph);
  }
  return graph;
}
