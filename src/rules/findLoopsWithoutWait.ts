import type { FlowEdge, FlowNode } from '../schema';

/** Steps that wait for an event from outside (an agent, the clock): a loop through one is not a busy loop. */
export const WAIT_TYPES: ReadonlySet<FlowNode['type']> = new Set(['handover', 'pause_bot']);

/**
 * Strongly connected groups of non-waiting nodes that contain a cycle: the runtime would go round
 * them forever within one turn. Tarjan's algorithm, iterative so a long chain cannot overflow the stack.
 * Each group is listed in document order.
 */
export function findLoopsWithoutWait(
  nodes: readonly FlowNode[],
  nodeById: ReadonlyMap<string, FlowNode>,
  outEdges: ReadonlyMap<string, ReadonlyMap<string, FlowEdge>>,
): string[][] {
  const next = (id: string): string[] => {
    const ports = outEdges.get(id);
    if (!ports) return [];
    const out: string[] = [];
    for (const edge of ports.values()) {
      const target = nodeById.get(edge.target);
      if (target && !WAIT_TYPES.has(target.type)) out.push(edge.target);
    }
    return out;
  };
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const loops: string[][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (order.has(root.id) || WAIT_TYPES.has(root.type) || nodeById.get(root.id) !== root) continue;
    const frames: { id: string; succ: string[]; i: number }[] = [];
    const enter = (id: string) => {
      order.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      frames.push({ id, succ: next(id), i: 0 });
    };
    enter(root.id);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.i < frame.succ.length) {
        const w = frame.succ[frame.i++];
        if (!order.has(w)) enter(w);
        else if (onStack.has(w)) low.set(frame.id, Math.min(low.get(frame.id)!, order.get(w)!));
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1];
        low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== frame.id);
      const selfLoop = group.length === 1 && frame.succ.includes(frame.id);
      if (group.length > 1 || selfLoop) loops.push(group);
    }
  }
  const position = new Map(nodes.map((node, i) => [node, i]));
  const rank = (id: string) => position.get(nodeById.get(id)!) ?? 0;
  return loops.map((group) => group.sort((a, b) => rank(a) - rank(b))).sort((a, b) => rank(a[0]) - rank(b[0]));
}
