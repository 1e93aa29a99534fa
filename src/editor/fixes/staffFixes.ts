import { assigneesOf } from '../../rules/assigneesOf';
import { nameNode } from '../../schema';
import { draftNode, indexAfter, nodeOf } from './nodeOf';
import type { FixProvider } from './types';

/** Offered staff members for an empty Assign: a short list, not the whole team. */
const MAX_CHOICES = 3;

export const staffFixes = {
  'assign.assignee.empty': (d, flow) => {
    const node = nodeOf(d, flow, 'assign');
    if (!node) return [];
    return flow.settings.staff.slice(0, MAX_CHOICES).map((member) => ({
      id: `assign-${member.id}`,
      label: `Choose ${member.name} in ${nameNode(node, flow)}`,
      apply(draft) {
        const target = draftNode(draft, node.id, 'assign');
        if (!target) return false;
        target.data.assigneeId = member.id;
      },
    }));
  },
  'staff.notifications.off': (d, flow) => {
    const index = indexAfter(d, 'staff');
    const member = index === undefined ? undefined : flow.settings.staff[index];
    const node = d.nodeId ? flow.nodes.find((n) => n.id === d.nodeId) : undefined;
    if (!member || index === undefined || !node) return [];
    // Turn on the notification for what this node assigns to them: a conversation or a task.
    const what = assigneesOf(node).find((ref) => ref.staffId === member.id)?.what ?? 'conversation';
    const key = what === 'task' ? 'taskAssigned' : 'conversationAssigned';
    return [
      {
        id: `notify-${what}`,
        label: `Notify ${member.name} when a ${what} is assigned to them`,
        apply(draft) {
          const target = draft.settings.staff[index];
          if (target?.id !== member.id || target.notifications[key]) return false;
          target.notifications[key] = true;
        },
      },
    ];
  },
} satisfies Record<string, FixProvider>;
