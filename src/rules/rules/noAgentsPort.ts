import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

export const noAgentsPort = defineRule({
  id: 'noAgentsPort',
  source: SOURCES.seedHandover,
  codes: [
    { code: 'handover.no_agents.unconnected', severity: 'info', summary: 'The “No agents” port leads nowhere: with no agent online the conversation waits in Live chat → Unassigned.' },
  ],
  run({ flow, graph }, report) {
    for (const { node } of handoversOf(graph, 'live_chat', 'zendesk')) {
      if (graph.outEdges.get(node.id)?.has('no_agents')) continue;
      report('handover.no_agents.unconnected', {
        message: `${nameNode(node, flow)}: the "No agents" port is not connected, so when no agent is online the conversation waits in Live chat → Unassigned; connect a message or a task if that is not what you want.`,
        nodeId: node.id,
        path: graph.nodePath(node.id),
      });
    }
  },
});
