import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toPointer } from '../../schema';
import type { ConversationService } from '../contracts';
import { PROVIDER_ENV, type ProviderConfig } from '../providers/loadProviderConfig';
import { agentEventOf, agentWebhookBodySchema } from './agentWebhookBody';
import { SIGNATURE_MAX_AGE_MS, signatureAgeMs, verifyBatonAgentSignature, verifyZendeskSignature } from './verifySignatures';
import { sendWebhookError } from './webhookError';

export const AGENT_WEBHOOK_PATH = '/webhooks/agent';
export const BATON_AGENT_SIGNATURE_HEADER = 'x-baton-agent-signature';
export const ZENDESK_SIGNATURE_HEADER = 'x-zendesk-webhook-signature';
export const ZENDESK_TIMESTAMP_HEADER = 'x-zendesk-webhook-signature-timestamp';

type Check = { ok: true } | { ok: false; status: number; code: string; message: string };

/**
 * Zendesk's scheme when its header is there, Baton's otherwise; each with its own secret. A Zendesk
 * signature also has to be recent: its signed timestamp within 5 minutes of `nowMs`, so a captured
 * delivery cannot be replayed later.
 */
function checkSignature(request: FastifyRequest, raw: Buffer, config: ProviderConfig, nowMs: number): Check {
  const header = (name: string) => {
    const v = request.headers[name];
    return typeof v === 'string' && v ? v : undefined;
  };
  const zendesk = header(ZENDESK_SIGNATURE_HEADER);
  if (zendesk) {
    const secret = config.zendesk.webhookSecret;
    if (!secret) return { ok: false, status: 503, code: 'not_configured', message: `Zendesk-signed webhooks cannot be checked: ${PROVIDER_ENV.zendeskWebhookSecret} is not set.` };
    const timestamp = header(ZENDESK_TIMESTAMP_HEADER);
    if (!verifyZendeskSignature(raw, zendesk, timestamp, secret)) {
      return { ok: false, status: 401, code: 'signature_invalid', message: 'X-Zendesk-Webhook-Signature does not match the timestamp and body signed with ZENDESK_WEBHOOK_SECRET.' };
    }
    const age = signatureAgeMs(timestamp!, nowMs);
    if (age === null || Math.abs(age) > SIGNATURE_MAX_AGE_MS) {
      const when = age === null ? 'is not a time' : `is ${Math.round(Math.abs(age) / 1000)} s ${age > 0 ? 'old' : 'in the future'}`;
      return { ok: false, status: 401, code: 'signature_expired', message: `X-Zendesk-Webhook-Signature-Timestamp "${timestamp}" ${when}; a signature must be less than 5 minutes from the server's clock.` };
    }
    return { ok: true };
  }
  const secret = config.agentWebhook.secret;
  if (!secret && !config.zendesk.webhookSecret) {
    return { ok: false, status: 503, code: 'not_configured', message: `Agent webhooks are off: set ${PROVIDER_ENV.agentWebhookSecret} (or ${PROVIDER_ENV.zendeskWebhookSecret}).` };
  }
  const baton = header(BATON_AGENT_SIGNATURE_HEADER);
  if (!baton || !secret) return { ok: false, status: 401, code: 'signature_missing', message: 'Neither X-Baton-Agent-Signature nor X-Zendesk-Webhook-Signature is present.' };
  return verifyBatonAgentSignature(raw, baton, secret)
    ? { ok: true }
    : { ok: false, status: 401, code: 'signature_invalid', message: 'X-Baton-Agent-Signature does not match the body signed with BATON_AGENT_WEBHOOK_SECRET.' };
}

/** POST /webhooks/agent — an agent accepted, replied to or resolved a live chat / Zendesk chat. */
export function registerAgentWebhookRoute(app: FastifyInstance, service: ConversationService, config: ProviderConfig) {
  app.post(AGENT_WEBHOOK_PATH, async (request, reply) => {
    const raw = request.body instanceof Buffer ? request.body : Buffer.alloc(0);
    const check = checkSignature(request, raw, config, Date.now());
    if (!check.ok) return sendWebhookError(reply, check.status, check.code, check.message);

    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendWebhookError(reply, 400, 'invalid_body', 'The body is not JSON.');
    }
    const parsed = agentWebhookBodySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return sendWebhookError(reply, 400, 'invalid_body', `${toPointer(issue.path) || '/'}: ${issue.message}`);
    }
    const body = parsed.data;
    const conversation = await service.findByRef('chatId', body.chatId);
    if (!conversation) return sendWebhookError(reply, 404, 'conversation_not_found', `No conversation has chatId ${body.chatId}.`);
    const result = await service.apply(conversation.id, agentEventOf(body), { dedupeKey: `agent:${body.id}` });
    return reply.code(200).send({ ok: true, conversationId: conversation.id, effects: result.effects });
  });
}
