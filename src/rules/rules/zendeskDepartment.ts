import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

export const zendeskDepartment = defineRule({
  id: 'zendeskDepartment',
  source: SOURCES.zendesk,
  codes: [
    { code: 'zendesk.department.empty', severity: 'error', summary: 'A Zendesk handover has no department_routing id.' },
    { code: 'zendesk.department.not_numeric', severity: 'warning', summary: 'department_routing is not a number; Zendesk department ids are numbers.' },
  ],
  run({ flow, graph }, report) {
    for (const { node, destination } of handoversOf(graph, 'zendesk')) {
      // Zendesk messaging routes through the switchboard; department_routing is Zendesk Chat's.
      if (destination.mode === 'messaging_switchboard') continue;
      const id = destination.department_routing.trim();
      const path = graph.nodePath(node.id, 'data', 'destination', 'department_routing');
      if (id === '') {
        report('zendesk.department.empty', {
          message: `${nameNode(node, flow)} has no department_routing; copy the department id from the Zendesk integration settings.`,
          nodeId: node.id,
          path,
        });
      } else if (!/^\d+$/.test(id)) {
        report('zendesk.department.not_numeric', {
          message: `${nameNode(node, flow)}: department_routing "${id}" is not a number; Zendesk department ids are numbers (copy it from the Zendesk integration settings, not the department name).`,
          nodeId: node.id,
          path,
        });
      }
    }
  },
});
