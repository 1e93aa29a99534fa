import type { CreateTicketData } from '../../schema';

/**
 * Zendesk Ticketing API "Create Ticket": POST /api/v2/tickets with `{ ticket: { subject, comment:
 * { body }, priority, tags } }` (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket).
 * The comment is private (`public: false`): it is the bot's note to the team about the abandoned
 * call, not a message to the caller.
 */
export interface ZendeskTicketRequest {
  provider: 'zendesk';
  api: 'Ticketing API';
  method: 'POST';
  path: '/api/v2/tickets';
  body: {
    ticket: {
      subject: string;
      comment: { body: string; public: false };
      priority: CreateTicketData['priority'];
      tags: string[];
    };
  };
}

export function buildZendeskTicket(subject: string, body: string, data: CreateTicketData): ZendeskTicketRequest {
  return {
    provider: 'zendesk',
    api: 'Ticketing API',
    method: 'POST',
    path: '/api/v2/tickets',
    body: { ticket: { subject, comment: { body, public: false }, priority: data.priority, tags: [...data.tags] } },
  };
}
