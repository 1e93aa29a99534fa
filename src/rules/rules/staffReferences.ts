import { nameNode } from '../../schema';
import { assigneesOf } from '../assigneesOf';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const staffReferences = defineRule({
  id: 'staffReferences',
  source: SOURCES.seedHumanHandover,
  codes: [
    { code: 'assign.assignee.empty', severity: 'error', summary: 'An Assign step names nobody.' },
    { code: 'staff.unknown', severity: 'error', summary: 'An assignee id is not a staff member in the flow settings.' },
  ],
  run({ flow, graph }, report) {
    const staff = new Set(flow.settings.staff.map((s) => s.id));
    const known = staff.size > 0 ? `known staff: ${[...staff].slice(0, 8).join(', ')}${staff.size > 8 ? ', …' : ''}` : 'the flow has no staff yet; add them in Settings → Staff';
    for (const node of graph.nodeById.values()) {
      if (node.type === 'assign' && node.data.assigneeId.trim() === '') {
        report('assign.assignee.empty', {
          message: `${nameNode(node, flow)} names nobody; choose a staff member to assign the conversation to.`,
          nodeId: node.id,
          path: graph.nodePath(node.id, 'data', 'assigneeId'),
        });
      }
      for (const ref of assigneesOf(node)) {
        if (staff.has(ref.staffId)) continue;
        report('staff.unknown', {
          message: `${nameNode(node, flow)} assigns the ${ref.what} to "${ref.staffId}", who is not a staff member (${known}).`,
          nodeId: node.id,
          path: graph.nodePath(node.id, ...ref.keys),
        });
      }
    }
  },
});
