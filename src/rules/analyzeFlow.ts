import { CHANNELS, acceptsInput, kindOf, portsOf, toPointer, type Channel, type Flow, type FlowEdge, type FlowNode } from '../schema';
import { findLoopsWithoutWait } from './findLoopsWithoutWait';
import { whyLeavesAtOnce } from './whyLeavesAtOnce';

/** A set of channels as bits, in CHANNELS order: cheap to merge while propagating. */
export type ChannelMask = number;
export const channelBit = (channel: Channel): ChannelMask => 1 << CHANNELS.indexOf(channel);
export const channelsOfMask = (mask: ChannelMask): Channel[] => CHANNELS.filter((_, i) => mask & (1 << i));

/**
 * One pass over the flow that every rule shares (built once per validateFlow call, O(nodes + edges)).
 * The graph keeps only edges the runtime can follow: both ends exist, the port is one the source
 * has now, the target takes input, and only the first edge on each port.
 */
export interface FlowAnalysis {
  /** First node with each id (duplicates are reported by the structure rules). */
  nodeById: ReadonlyMap<string, FlowNode>;
  indexOfNode: ReadonlyMap<string, number>;
  indexOfEdge: ReadonlyMap<FlowEdge, number>;
  portsOfNode: ReadonlyMap<string, ReadonlySet<string>>;
  /** Followable out-edges: source id → port → edge. */
  outEdges: ReadonlyMap<string, ReadonlyMap<string, FlowEdge>>;
  /** Followable in-edges per target id. */
  inEdges: ReadonlyMap<string, readonly FlowEdge[]>;
  enabledTriggers: readonly FlowNode[];
  disabledTriggers: readonly FlowNode[];
  /** Node ids reachable from an enabled trigger (the triggers included). */
  reachable: ReadonlySet<string>;
  /** Channels a conversation can be on when it reaches each node. */
  channelMask: ReadonlyMap<string, ChannelMask>;
  /** Groups of nodes that can loop forever within one turn: cycles with nothing in them that waits. */
  loops: readonly (readonly string[])[];
  /** How a Handover or Pause bot can leave by `port` in the turn it is entered (whyLeavesAtOnce), or null. */
  whyLeavesAtOnce(node: FlowNode, port: string): string | null;
  /** JSON pointer to a node (or a field in it). */
  nodePath(id: string, ...keys: (string | number)[]): string;
  edgePath(edge: FlowEdge, key?: string): string;
  /** Node ids reachable from `starts` along followable edges; `stop` nodes are reached but not left. */
  walk(starts: Iterable<string>, stop?: (node: FlowNode) => boolean): Set<string>;
}

const EMPTY_PORTS = new Map<string, FlowEdge>();

export function analyzeFlow(flow: Flow): FlowAnalysis {
  const nodeById = new Map<string, FlowNode>();
  const indexOfNode = new Map<string, number>();
  const portsOfNode = new Map<string, Set<string>>();
  flow.nodes.forEach((node, index) => {
    if (nodeById.has(node.id)) return;
    nodeById.set(node.id, node);
    indexOfNode.set(node.id, index);
    portsOfNode.set(node.id, new Set(portsOf(node).map((p) => p.id)));
  });

  const indexOfEdge = new Map<FlowEdge, number>();
  const outEdges = new Map<string, Map<string, FlowEdge>>();
  const inEdges = new Map<string, FlowEdge[]>();
  flow.edges.forEach((edge, index) => {
    indexOfEdge.set(edge, index);
    const target = nodeById.get(edge.target);
    if (!target || !acceptsInput(target) || !portsOfNode.get(edge.source)?.has(edge.sourcePort)) return;
    let ports = outEdges.get(edge.source);
    if (!ports) outEdges.set(edge.source, (ports = new Map()));
    if (ports.has(edge.sourcePort)) return;
    ports.set(edge.sourcePort, edge);
    const list = inEdges.get(edge.target);
    if (list) list.push(edge);
    else inEdges.set(edge.target, [edge]);
  });

  const triggers = [...nodeById.values()].filter((node) => kindOf(node).role === 'trigger');
  const isEnabled = (node: FlowNode) => (node.data as { enabled?: boolean }).enabled !== false;
  const enabledTriggers = triggers.filter(isEnabled);

  const walk = (starts: Iterable<string>, stop?: (node: FlowNode) => boolean): Set<string> => {
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const id of starts) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(id);
    }
    for (let i = 0; i < queue.length; i++) {
      const node = nodeById.get(queue[i]);
      if (!node || (stop && stop(node))) continue;
      for (const edge of (outEdges.get(node.id) ?? EMPTY_PORTS).values()) {
        if (seen.has(edge.target)) continue;
        seen.add(edge.target);
        queue.push(edge.target);
      }
    }
    return seen;
  };

  const channelMask = propagateChannels(flow, enabledTriggers, nodeById, outEdges);
  // Unreachable steps have no channels of their own: take every deployed channel.
  const deployed = flow.settings.channels.reduce((mask, channel) => mask | channelBit(channel), 0);
  const leavesAtOnce = (node: FlowNode, port: string) => whyLeavesAtOnce(node, port, ((channelMask.get(node.id) ?? deployed) & channelBit('web_voice')) !== 0);

  return {
    nodeById,
    indexOfNode,
    indexOfEdge,
    portsOfNode,
    outEdges,
    inEdges,
    enabledTriggers,
    disabledTriggers: triggers.filter((node) => !isEnabled(node)),
    reachable: walk(enabledTriggers.map((node) => node.id)),
    channelMask,
    loops: findLoopsWithoutWait(flow.nodes, nodeById, outEdges, (node, port) => leavesAtOnce(node, port) !== null),
    whyLeavesAtOnce: leavesAtOnce,
    nodePath: (id, ...keys) => toPointer(['nodes', indexOfNode.get(id) ?? -1, ...keys]),
    edgePath: (edge, key) => toPointer(['edges', indexOfEdge.get(edge) ?? -1, ...(key ? [key] : [])]),
    walk,
  };
}

/**
 * Which channels can reach each node: enabled triggers start with every deployed channel
 * (settings.channels); a channel router narrows each port to its channel, and its `other` port
 * also carries every channel whose own port is left unconnected (where else could it go).
 * A node's mask only grows, at most once per channel, so this is O(channels × edges).
 */
function propagateChannels(
  flow: Flow,
  starts: readonly FlowNode[],
  nodeById: ReadonlyMap<string, FlowNode>,
  outEdges: ReadonlyMap<string, ReadonlyMap<string, FlowEdge>>,
): Map<string, ChannelMask> {
  const deployed = flow.settings.channels.reduce((mask, channel) => mask | channelBit(channel), 0);
  const masks = new Map<string, ChannelMask>();
  const queue: string[] = [];
  for (const trigger of starts) {
    masks.set(trigger.id, deployed);
    queue.push(trigger.id);
  }
  while (queue.length > 0) {
    const id = queue.pop() as string;
    const node = nodeById.get(id) as FlowNode;
    const mask = masks.get(id) ?? 0;
    const ports = outEdges.get(id) ?? EMPTY_PORTS;
    let unrouted = 0;
    if (node.type === 'channel_router') {
      for (const channel of CHANNELS) if (channel !== 'other' && !ports.has(channel)) unrouted |= channelBit(channel);
    }
    for (const [port, edge] of ports) {
      let carried = mask;
      if (node.type === 'channel_router') {
        carried = mask & (channelBit(port as Channel) | (port === 'other' ? unrouted : 0));
      }
      const before = masks.get(edge.target) ?? 0;
      const after = before | carried;
      if (after !== before || !masks.has(edge.target)) {
        masks.set(edge.target, after);
        queue.push(edge.target);
      }
    }
  }
  return masks;
}
