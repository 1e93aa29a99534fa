import type { FlowNode } from '../schema';
import { executeNode } from './executors/executeNode';
import { haltTurn, type Turn } from './turn';

/**
 * The step bound's message. Counting steps cannot tell a loop from a very long chain (or from a
 * clock moved far past a short wait many times over), so it names both.
 */
function stepLimitMessage(maxSteps: number, nodeId: string): string {
  return `Stopped after ${maxSteps} steps in one turn, at node "${nodeId}": the flow runs too long without waiting for input (a loop, or a chain longer than ${maxSteps} steps).`;
}

/**
 * Walks the graph from a node until a step waits, stops, or leaves by an unconnected port.
 * Bounded: more than maxSteps node steps in one turn is a runtime_error, never a hang
 * (a loop of messages with no wait would otherwise run forever).
 */
export function walkFrom(turn: Turn, startId: string | null): void {
  let id = startId;
  while (id !== null && !turn.halted) {
    if (++turn.steps > turn.maxSteps) {
      haltTurn(turn, stepLimitMessage(turn.maxSteps, id), id);
      return;
    }
    const node: FlowNode | undefined = turn.index.nodes.get(id);
    if (!node) {
      haltTurn(turn, `An edge points at node "${id}", which does not exist.`);
      return;
    }
    turn.state.currentNodeId = id;
    const visit: { nodeId: string; port?: string; at: number } = { nodeId: id, at: turn.state.now };
    turn.state.visited.push(visit);
    const result = executeNode(node, turn);
    if (result.kind !== 'port') return;
    visit.port = result.port;
    id = turn.index.target(id, result.port);
  }
}

/** Leaves a waiting node by a port later (handover outcome, bot resumed) and walks on. */
export function continueFrom(turn: Turn, nodeId: string, port: string): void {
  turn.state.visited.push({ nodeId, port, at: turn.state.now });
  walkFrom(turn, turn.index.target(nodeId, port));
}
