import type { FlowNode } from '../schema';

export interface AssigneeRef {
  staffId: string;
  /** Keys under the node to the field, for a JSON pointer. */
  keys: string[];
  /** What the reference does, for messages. */
  what: 'conversation' | 'task';
}

/** The staff ids a node names: Assign, Create task, Offer callback (its task) and a Live chat handover's assignee. Empty ids are skipped. */
export function assigneesOf(node: FlowNode): AssigneeRef[] {
  if (node.type === 'assign' && node.data.assigneeId.trim() !== '') {
    return [{ staffId: node.data.assigneeId, keys: ['data', 'assigneeId'], what: 'conversation' }];
  }
  if ((node.type === 'create_task' || node.type === 'offer_callback') && node.data.assigneeId && node.data.assigneeId.trim() !== '') {
    return [{ staffId: node.data.assigneeId, keys: ['data', 'assigneeId'], what: 'task' }];
  }
  if (node.type === 'handover' && node.data.destination.kind === 'live_chat' && node.data.destination.assigneeId?.trim()) {
    return [{ staffId: node.data.destination.assigneeId, keys: ['data', 'destination', 'assigneeId'], what: 'conversation' }];
  }
  return [];
}
