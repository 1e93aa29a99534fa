import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const duplicateIds = defineRule({
  id: 'duplicateIds',
  source: SOURCES.format,
  codes: [
    { code: 'structure.duplicate_node_id', severity: 'error', summary: 'Two nodes share an id, so edges and the runtime cannot tell them apart.' },
    { code: 'structure.duplicate_edge_id', severity: 'error', summary: 'Two edges share an id.' },
  ],
  run({ flow, graph }, report) {
    flow.nodes.forEach((node, index) => {
      const first = graph.indexOfNode.get(node.id);
      if (first === index) return;
      report('structure.duplicate_node_id', {
        message: `Node ${index} reuses the id "${node.id}" of node ${first}; give it a unique id (edges always go to the first).`,
        nodeId: node.id,
        path: `/nodes/${index}/id`,
      });
    });
    const seen = new Map<string, number>();
    flow.edges.forEach((edge, index) => {
      const first = seen.get(edge.id);
      if (first === undefined) {
        seen.set(edge.id, index);
        return;
      }
      report('structure.duplicate_edge_id', {
        message: `Edge ${index} reuses the id "${edge.id}" of edge ${first}; give it a unique id.`,
        edgeId: edge.id,
        path: `/edges/${index}/id`,
      });
    });
  },
});
