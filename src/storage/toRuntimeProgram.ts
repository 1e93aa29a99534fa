import type { Flow } from '../schema/flow';

/**
 * The part of a flow the runtime executes: no canvas layout, no sticky notes, no test cases.
 * Still a complete, parseable flow document, so the CLI and runtime read it like any other.
 */
export function toRuntimeProgram(flow: Flow): Flow {
  const nodes = flow.nodes.filter((node) => node.type !== 'note');
  const kept = new Set(nodes.map((node) => node.id));
  const edges = flow.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  return { ...structuredClone(flow), nodes: structuredClone(nodes), edges: structuredClone(edges), layout: { nodes: {} }, tests: [] };
}
