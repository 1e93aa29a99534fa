import type { ConditionData } from '../../schema';
import type { ConversationState } from '../conversationState';
import { leaveBy, type Executor } from './stepResult';

function holds(data: ConditionData, s: ConversationState): boolean {
  switch (data.check) {
    case 'contact_assigned':
      return s.contact.assigneeId !== null;
    case 'agents_available':
      return s.agentsAvailable;
    case 'within_hours':
      return s.withinHours;
    case 'variable': {
      const has = Object.prototype.hasOwnProperty.call(s.variables, data.variable);
      const value = has ? s.variables[data.variable] : undefined;
      if (data.operator === 'exists') return has;
      if (data.operator === 'equals') return value === data.value;
      if (data.operator === 'not_equals') return value !== data.value;
      return value !== undefined && value.includes(data.value);
    }
  }
}

/** Branches on the contact, agent availability, business hours or a variable: `true` / `false`. */
export const executeCondition: Executor<'condition'> = (node, turn) => leaveBy(holds(node.data, turn.state) ? 'true' : 'false');
