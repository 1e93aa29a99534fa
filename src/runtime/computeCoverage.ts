import { handoverPortsOf, NODE_KINDS, portsOf, type Flow, type TestCase } from '../schema';
import { runScript } from './runScript';

export interface PortRef {
  nodeId: string;
  port: string;
}

export interface Coverage {
  /** Step and trigger nodes no test case reaches (notes do not count). */
  uncoveredNodes: string[];
  /** Output ports no test case leaves by. */
  uncoveredPorts: PortRef[];
  /** Handover outcome ports (Transferred, Busy, No agents…): how many a test case reaches. */
  handoverPorts: { total: number; covered: number; uncovered: PortRef[] };
}

const key = (nodeId: string, port: string) => `${nodeId}\u0000${port}`;

/**
 * False for a port no conversation of this flow can leave by, which no test case could cover: a
 * Channel router's port for a channel the flow is not deployed on, and its `other` port when every
 * deployed channel has a connected port of its own.
 */
function canBeTaken(flow: Flow, node: Flow['nodes'][number], port: string): boolean {
  if (node.type !== 'channel_router') return true;
  const channels: readonly string[] = flow.settings.channels;
  const connected = (channel: string) => flow.edges.some((e) => e.source === node.id && e.sourcePort === channel);
  if (port === 'other') return !channels.every(connected);
  return channels.includes(port);
}

/**
 * What the flow's test cases exercise: replays each case (as runTestCase does) and collects the
 * nodes visited, the ports left by and the handover outcomes met. A flow with errors covers nothing.
 * Ports no conversation can take (canBeTaken) are neither covered nor uncovered.
 */
export function computeCoverage(flow: Flow, testCases: readonly TestCase[] = flow.tests): Coverage {
  const nodes = new Set<string>();
  const ports = new Set<string>();
  const outcomes = new Set<string>();
  for (const testCase of testCases) {
    const run = runScript(flow, testCase.scene, testCase.events);
    if (!run.ok) break;
    for (const step of run.state.visited) {
      nodes.add(step.nodeId);
      if (step.port !== undefined) ports.add(key(step.nodeId, step.port));
    }
    // An outcome whose port is unconnected (the call drops) still counts as met.
    for (const effect of run.log) {
      if (effect.type === 'handover_outcome' && effect.nodeId) outcomes.add(key(effect.nodeId, effect.port));
    }
  }
  const uncoveredNodes: string[] = [];
  const uncoveredPorts: PortRef[] = [];
  const handoverUncovered: PortRef[] = [];
  let handoverTotal = 0;
  for (const node of flow.nodes) {
    if (NODE_KINDS[node.type].role === 'annotation') continue;
    if (!nodes.has(node.id)) uncoveredNodes.push(node.id);
    const handoverPorts: readonly string[] = node.type === 'handover' ? handoverPortsOf(node.data.destination) : [];
    for (const { id: port } of portsOf(node)) {
      if (!canBeTaken(flow, node, port)) continue;
      const k = key(node.id, port);
      const isOutcome = handoverPorts.includes(port);
      const met = ports.has(k) || (isOutcome && outcomes.has(k));
      if (!met) uncoveredPorts.push({ nodeId: node.id, port });
      if (!isOutcome) continue;
      handoverTotal += 1;
      if (!outcomes.has(k) && !ports.has(k)) handoverUncovered.push({ nodeId: node.id, port });
    }
  }
  return {
    uncoveredNodes,
    uncoveredPorts,
    handoverPorts: { total: handoverTotal, covered: handoverTotal - handoverUncovered.length, uncovered: handoverUncovered },
  };
}
