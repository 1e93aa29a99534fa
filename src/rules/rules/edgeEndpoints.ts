import { kindOf, nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const edgeEndpoints = defineRule({
  id: 'edgeEndpoints',
  source: SOURCES.format,
  codes: [
    { code: 'structure.edge_missing_source', severity: 'error', summary: 'An edge starts at a node that does not exist.' },
    { code: 'structure.edge_missing_target', severity: 'error', summary: 'An edge ends at a node that does not exist.' },
    { code: 'structure.edge_unknown_port', severity: 'error', summary: 'An edge leaves from a port its node does not have (a handover’s ports follow its destination).' },
    { code: 'structure.edge_into_trigger', severity: 'error', summary: 'An edge goes into a trigger; triggers start the flow and take no input.' },
    { code: 'structure.edge_into_note', severity: 'error', summary: 'An edge goes into a note; notes are not part of the flow.' },
  ],
  run({ flow, graph }, report) {
    flow.edges.forEach((edge, index) => {
      const source = graph.nodeById.get(edge.source);
      const target = graph.nodeById.get(edge.target);
      // A connection is named by the ends that exist; its id only when neither does.
      const named = (end: string) => (end ? `The connection${end}` : `Edge "${edge.id}"`);
      const from = source ? ` from ${nameNode(source, flow)}` : '';
      const to = target ? ` to ${nameNode(target, flow)}` : '';
      if (!source) {
        report('structure.edge_missing_source', {
          message: `${named(to)} starts at "${edge.source}", which is not a node in this flow; reconnect or delete it.`,
          edgeId: edge.id,
          path: `/edges/${index}/source`,
        });
      } else {
        const ports = graph.portsOfNode.get(source.id) ?? new Set<string>();
        if (!ports.has(edge.sourcePort)) {
          const list = ports.size > 0 ? `its ports are ${[...ports].join(', ')}` : 'it has no output ports';
          report('structure.edge_unknown_port', {
            message: `The connection${to} leaves ${nameNode(source, flow)} from port "${edge.sourcePort}", but ${list}; reconnect it to one of them.`,
            edgeId: edge.id,
            nodeId: source.id,
            path: `/edges/${index}/sourcePort`,
          });
        }
      }
      if (!target) {
        report('structure.edge_missing_target', {
          message: `${named(from)} ends at "${edge.target}", which is not a node in this flow; reconnect or delete it.`,
          edgeId: edge.id,
          path: `/edges/${index}/target`,
        });
        return;
      }
      const role = kindOf(target).role;
      if (role === 'step') return;
      report(role === 'trigger' ? 'structure.edge_into_trigger' : 'structure.edge_into_note', {
        message:
          role === 'trigger'
            ? `The connection${from} goes into ${nameNode(target, flow)}; a trigger starts the flow and takes no input. Delete the edge.`
            : `The connection${from} goes into ${nameNode(target, flow)}; notes are annotations, not steps. Delete the edge.`,
        edgeId: edge.id,
        nodeId: target.id,
        path: `/edges/${index}/target`,
      });
    });
  },
});
