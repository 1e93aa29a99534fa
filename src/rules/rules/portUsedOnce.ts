import { nameNode, portsOf } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const portUsedOnce = defineRule({
  id: 'portUsedOnce',
  source: SOURCES.format,
  codes: [
    { code: 'structure.port_used_twice', severity: 'error', summary: 'An output port has more than one edge; the runtime follows only the first.' },
  ],
  run({ flow, graph }, report) {
    // A missing target has no name: its id is then the only way to point at it.
    const name = (id: string) => {
      const target = graph.nodeById.get(id);
      return target ? nameNode(target, flow) : `"${id}"`;
    };
    // The first edge taken from each port: its target names the step the runtime goes to.
    const first = new Map<string, string>();
    flow.edges.forEach((edge, index) => {
      const source = graph.nodeById.get(edge.source);
      if (!source) return;
      const key = `${edge.source}\u0000${edge.sourcePort}`;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, edge.target);
        return;
      }
      const port = portsOf(source).find((p) => p.id === edge.sourcePort)?.label ?? edge.sourcePort;
      report('structure.port_used_twice', {
        message: `The "${port}" output of ${nameNode(source, flow)} already leads to ${name(earlier)}, so its connection to ${name(edge.target)} is never followed. Delete one, or add a Condition or Channel router to branch.`,
        edgeId: edge.id,
        nodeId: source.id,
        path: `/edges/${index}/sourcePort`,
      });
    });
  },
});
