import type { Flow, FlowNode } from '../../schema';

export interface FlowIndex {
  nodeById: ReadonlyMap<string, FlowNode>;
  /** Output ports with an edge, per source node id. */
  connectedPorts: ReadonlyMap<string, ReadonlySet<string>>;
  /** Target node id per `${source}\u0000${port}`. */
  targetOf: ReadonlyMap<string, string>;
}

const cache = new WeakMap<Flow, FlowIndex>();

/**
 * Lookups by id, built once per document revision and shared by every node component, so a
 * node's selector is O(1) instead of scanning the node list (1,000 nodes × 1,000 scans per edit).
 */
export function indexFlow(flow: Flow): FlowIndex {
  let index = cache.get(flow);
  if (index) return index;
  const nodeById = new Map(flow.nodes.map((n) => [n.id, n]));
  const connectedPorts = new Map<string, Set<string>>();
  const targetOf = new Map<string, string>();
  for (const e of flow.edges) {
    let ports = connectedPorts.get(e.source);
    if (!ports) connectedPorts.set(e.source, (ports = new Set()));
    ports.add(e.sourcePort);
    targetOf.set(`${e.source}\u0000${e.sourcePort}`, e.target);
  }
  index = { nodeById, connectedPorts, targetOf };
  cache.set(flow, index);
  return index;
}
