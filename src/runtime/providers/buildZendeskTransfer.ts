/**
 * Zendesk department routing: the Chat Conversations API's `transferToDepartment` mutation
 * (`transferToDepartment(channel_id, department_id) { success }`), sent as a GraphQL request.
 * The department id is the Moveo handover action's `department_routing` field, copied from the
 * Zendesk integration settings (Moveo "Zendesk department routing").
 * No agent available: the API's `departments { id name status }` query reports a department as
 * `ONLINE` or `OFFLINE`, and Zendesk's own sample bot only transfers to an online one. The runtime
 * mirrors that: with no agents (or outside hours) the handover takes its `no_agents` port and sends
 * no transfer; with that port unconnected the chat is transferred anyway and waits in the
 * department's queue until an agent picks it up or the queue timeout fires.
 */
export interface ZendeskTransferRequest {
  provider: 'zendesk';
  api: 'Chat Conversations API';
  operation: 'transferToDepartment';
  query: string;
  variables: { channel_id: string; department_id: string };
}

/** Placeholder for the live chat channel id, filled in by the deployed runtime. */
export const ZENDESK_CHANNEL_PLACEHOLDER = '{{channel_id}}';

export function buildZendeskTransfer(departmentRouting: string, channelId = ZENDESK_CHANNEL_PLACEHOLDER): ZendeskTransferRequest {
  return {
    provider: 'zendesk',
    api: 'Chat Conversations API',
    operation: 'transferToDepartment',
    query:
      'mutation ($channel_id: ID!, $department_id: ID!) { transferToDepartment(channel_id: $channel_id, department_id: $department_id) { success } }',
    variables: { channel_id: channelId, department_id: departmentRouting },
  };
}
