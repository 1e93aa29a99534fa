import { nameNode } from '../../schema';
import type { FlowNode } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

const assigns = (node: FlowNode) =>
  node.type === 'assign' || (node.type === 'handover' && node.data.destination.kind === 'live_chat' && !!node.data.destination.assigneeId);

export const unassignedPath = defineRule({
  id: 'unassignedPath',
  source: SOURCES.seedHumanHandover,
  codes: [
    { code: 'assign.unassigned_path', severity: 'info', summary: 'A path from a trigger reaches a handover with no Assign on the way: the conversation stays unassigned until someone claims it.' },
  ],
  run({ flow, graph }, report) {
    // Walk from the enabled triggers without passing any step that assigns; every handover the walk
    // still reaches can be entered with nobody assigned.
    const unassigned = graph.walk(graph.enabledTriggers.map((t) => t.id), assigns);
    for (const id of unassigned) {
      const node = graph.nodeById.get(id);
      if (!node || node.type !== 'handover' || assigns(node)) continue;
      report('assign.unassigned_path', {
        message: `${nameNode(node, flow)} can be reached with nobody assigned, so the conversation stays unassigned until a staff member claims it; add an Assign step before it${node.data.destination.kind === 'live_chat' ? ' or choose an assignee' : ''}.`,
        nodeId: node.id,
        path: graph.nodePath(node.id),
      });
    }
  },
});
