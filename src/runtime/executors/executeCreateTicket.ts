import { buildZendeskTicket } from '../providers/buildZendeskTicket';
import { interpolate } from '../interpolate';
import { leaveBy, type Executor } from './stepResult';

/** Opens a Zendesk ticket (Ticketing API Create Ticket), the subject and body filled from variables. */
export const executeCreateTicket: Executor<'create_ticket'> = (node, turn) => {
  const vars = turn.state.variables;
  const subject = interpolate(node.data.subject, vars);
  const request = buildZendeskTicket(subject, interpolate(node.data.body, vars), node.data);
  turn.emit('ticket_created', { subject, request }, node.id);
  return leaveBy('next');
};
