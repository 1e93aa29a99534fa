import type { FlowEdge, FlowNode } from '../schema';
import { WAIT_TYPES } from './whyLeavesAtOnce';

/**
 * Strongly connected groups of nodes that contain a cycle the runtime can go round forever within
 * one turn. Every edge counts except those out of a waiting step (Handover, Pause bot) by a port
 * that fires later (an agent, the clock); `leavesAtOnce` names the waiting ports that do not wait
 * (a live chat's No agents, see whyLeavesAtOnce). Tarjan's algorithm, iterative so a long chain
 * cannot overflow the stack. Each group is listed in document order.
 *
 * Nodes are numbered by document position and the successor lists packed into typed arrays: this
 * runs on every keystroke, and string-keyed Maps per node were most of validateFlow's cost on
 * large flows (bench/core.ts).
 */
export function findLoopsWithoutWait(
  nodes: readonly FlowNode[],
  nodeById: ReadonlyMap<string, FlowNode>,
  outEdges: ReadonlyMap<string, ReadonlyMap<string, FlowEdge>>,
  leavesAtOnce: (node: FlowNode, port: string) => boolean,
): string[][] {
  const n = nodes.length;
  // Only the first node with an id takes part (edges always go to it); -1 marks the others.
  const indexOf = new Map<string, number>();
  for (let v = 0; v < n; v++) if (nodeById.get(nodes[v].id) === nodes[v]) indexOf.set(nodes[v].id, v);

  // Successors reached without waiting, packed: the successors of v are packed[first[v] .. first[v + 1]).
  const first = new Int32Array(n + 1);
  const packed: number[] = [];
  for (let v = 0; v < n; v++) {
    first[v] = packed.length;
    const ports = indexOf.get(nodes[v].id) === v ? outEdges.get(nodes[v].id) : undefined;
    if (!ports) continue;
    const waits = WAIT_TYPES.has(nodes[v].type);
    for (const [port, edge] of ports) {
      if (waits && !leavesAtOnce(nodes[v], port)) continue;
      if (nodeById.has(edge.target)) packed.push(indexOf.get(edge.target)!);
    }
  }
  first[n] = packed.length;

  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  // The DFS path: node and the next successor slot to try, per frame.
  const frameNode: number[] = [];
  const frameNext: number[] = [];
  const loops: number[][] = [];
  let counter = 0;

  const enter = (v: number) => {
    order[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    frameNode.push(v);
    frameNext.push(first[v]);
  };

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1 || indexOf.get(nodes[root].id) !== root) continue;
    enter(root);
    while (frameNode.length > 0) {
      const top = frameNode.length - 1;
      const v = frameNode[top];
      const slot = frameNext[top];
      if (slot < first[v + 1]) {
        frameNext[top] = slot + 1;
        const w = packed[slot];
        if (order[w] === -1) enter(w);
        else if (onStack[w] && order[w] < low[v]) low[v] = order[w];
        continue;
      }
      frameNode.pop();
      frameNext.pop();
      if (frameNode.length > 0) {
        const parent = frameNode[frameNode.length - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] !== order[v]) continue;
      const group: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || hasSelfLoop(packed, first, v)) loops.push(group);
    }
  }
  return loops
    .map((group) => group.sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0])
    .map((group) => group.map((v) => nodes[v].id));
}

function hasSelfLoop(packed: readonly number[], first: Int32Array, v: number): boolean {
  for (let slot = first[v]; slot < first[v + 1]; slot++) if (packed[slot] === v) return true;
  return false;
}
