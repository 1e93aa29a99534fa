import { acceptsInput, kindOf, portsOf, type Flow, type FlowNode } from '../schema';

/** Lookups the engine needs on every step, built once per runtime. */
export interface FlowIndex {
  /** First node with each id. */
  nodes: Map<string, FlowNode>;
  /** Trigger nodes in document order, for picking the first matching one. */
  triggers: FlowNode[];
  /** Target of the first followable edge leaving `source` by `port`, or null. */
  target(source: string, port: string): string | null;
}

/**
 * Follows the same edges the validator's analysis does: both ends exist, the port is one the
 * source has now (a handover's ports follow its destination), the target takes input, and only the
 * first edge on each port counts (the validator reports the others).
 */
export function indexFlow(flow: Flow): FlowIndex {
  const nodes = new Map<string, FlowNode>();
  for (const node of flow.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const ports = new Map<string, Set<string>>();
  for (const node of nodes.values()) ports.set(node.id, new Set(portsOf(node).map((p) => p.id)));

  const edges = new Map<string, string>();
  for (const edge of flow.edges) {
    const target = nodes.get(edge.target);
    if (!target || !acceptsInput(target) || !ports.get(edge.source)?.has(edge.sourcePort)) continue;
    const key = `${edge.source}\u0000${edge.sourcePort}`;
    if (!edges.has(key)) edges.set(key, edge.target);
  }
  return {
    nodes,
    triggers: [...nodes.values()].filter((n) => kindOf(n).role === 'trigger'),
    target: (source, port) => edges.get(`${source}\u0000${port}`) ?? null,
  };
}
