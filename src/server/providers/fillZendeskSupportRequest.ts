import type { ZendeskCallbackRequest } from '../../runtime/providers/buildZendeskCallbackRequest';
import type { ZendeskTicketRequest } from '../../runtime/providers/buildZendeskTicket';
import { PROVIDER_ENV, type ProviderConfig } from './loadProviderConfig';
import { missingSetting, type FillResult } from './requestPlan';

/**
 * Zendesk Support's REST APIs on the account's own host: Ticketing API "Create Ticket" (POST
 * /api/v2/tickets) and Talk API "Create Callback Request" (POST /api/v2/channels/voice/callback_requests),
 * JSON bodies as the engine built them, with API token authentication: HTTP basic with
 * `{email}/token` and the token (https://developer.zendesk.com/api-reference/introduction/security-and-auth/).
 * Create Ticket honours the `Idempotency-Key` header the client sends
 * (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#idempotency).
 */
export function fillZendeskSupportRequest(request: ZendeskTicketRequest | ZendeskCallbackRequest, config: ProviderConfig): FillResult {
  const { supportApiUrl, apiEmail, apiToken } = config.zendesk;
  const what = request.api === 'Talk API' ? 'Zendesk Talk' : 'Zendesk ticket';
  if (!supportApiUrl) return missingSetting(what, PROVIDER_ENV.zendeskApiUrl, 'the account URL, https://{subdomain}.zendesk.com');
  if (!apiEmail) return missingSetting(what, PROVIDER_ENV.zendeskApiEmail, 'the agent email the API token belongs to');
  if (!apiToken) return missingSetting(what, PROVIDER_ENV.zendeskApiToken, 'the Zendesk API token');
  const url = `${supportApiUrl}${request.path}`;
  const basic = Buffer.from(`${apiEmail}/token:${apiToken}`).toString('base64');
  return {
    ok: true,
    plan: { provider: 'zendesk', method: 'POST', url, displayUrl: url, headers: { authorization: `Basic ${basic}`, 'content-type': 'application/json' }, body: JSON.stringify(request.body) },
  };
}
