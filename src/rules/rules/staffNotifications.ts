import { nameNode } from '../../schema';
import { assigneesOf } from '../assigneesOf';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const staffNotifications = defineRule({
  id: 'staffNotifications',
  source: SOURCES.seedHumanHandover,
  codes: [
    { code: 'staff.notifications.off', severity: 'info', summary: 'A staff member assigned in the flow has both notification settings off, so they will not be notified.' },
  ],
  run({ flow, graph }, report) {
    const silent = new Map<string, number>();
    flow.settings.staff.forEach((member, index) => {
      const n = member.notifications;
      if (!n.conversationAssigned && !n.taskAssigned && !silent.has(member.id)) silent.set(member.id, index);
    });
    if (silent.size === 0) return;
    for (const node of graph.nodeById.values()) {
      for (const ref of assigneesOf(node)) {
        const index = silent.get(ref.staffId);
        if (index === undefined) continue;
        report('staff.notifications.off', {
          message: `${nameNode(node, flow)} assigns the ${ref.what} to ${flow.settings.staff[index].name}, who has both notifications off ("When a conversation / task gets assigned to me"), so they will not be told; turn one on in Settings → Staff.`,
          nodeId: node.id,
          path: `/settings/staff/${index}/notifications`,
        });
      }
    }
  },
});
