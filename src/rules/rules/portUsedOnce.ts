import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const portUsedOnce = defineRule({
  id: 'portUsedOnce',
  source: SOURCES.format,
  codes: [
    { code: 'structure.port_used_twice', severity: 'error', summary: 'An output port has more than one edge; the runtime follows only the first.' },
  ],
  run({ flow, graph }, report) {
    const first = new Map<string, string>();
    flow.edges.forEach((edge, index) => {
      const source = graph.nodeById.get(edge.source);
      if (!source) return;
      const key = `${edge.source}\u0000${edge.sourcePort}`;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, edge.id);
        return;
      }
      report('structure.port_used_twice', {
        message: `Port "${edge.sourcePort}" of ${nameNode(source, flow)} already leads through edge "${earlier}"; edge "${edge.id}" is never followed. Delete one, or add a Condition or Channel router to branch.`,
        edgeId: edge.id,
        nodeId: source.id,
        path: `/edges/${index}/sourcePort`,
      });
    });
  },
});
