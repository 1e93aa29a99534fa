import type { FastifyInstance } from 'fastify';
import type { ConversationService } from '../contracts';
import { PROVIDER_ENV, type ProviderConfig } from '../providers/loadProviderConfig';
import { readMessengerDelivery, type MessengerItem } from './readMessengerDelivery';
import { safeEqual, verifyHubSignature256 } from './verifySignatures';
import { startOrJoin } from './startOrJoin';
import { sendWebhookError } from './webhookError';

export const MESSENGER_WEBHOOK_PATH = '/webhooks/messenger';

/**
 * GET: Meta's verification request (`hub.mode=subscribe`, `hub.verify_token`, `hub.challenge`):
 * answer the challenge when the token is ours. POST: event notifications, checked with
 * X-Hub-Signature-256 over the raw body, answered 200 once handled (Meta resends otherwise).
 */
export function registerMessengerRoutes(app: FastifyInstance, service: ConversationService, config: ProviderConfig) {
  app.get(MESSENGER_WEBHOOK_PATH, async (request, reply) => {
    const verifyToken = config.messenger.verifyToken;
    if (!verifyToken) return sendWebhookError(reply, 503, 'not_configured', `Messenger verification is off: ${PROVIDER_ENV.messengerVerifyToken} is not set.`);
    const query = request.query as Record<string, string | undefined>;
    const token = query['hub.verify_token'];
    if (query['hub.mode'] !== 'subscribe' || typeof token !== 'string' || !safeEqual(token, verifyToken)) {
      return sendWebhookError(reply, 403, 'verification_failed', 'hub.mode must be "subscribe" and hub.verify_token must match MESSENGER_VERIFY_TOKEN.');
    }
    return reply.code(200).type('text/plain').send(String(query['hub.challenge'] ?? ''));
  });

  app.post(MESSENGER_WEBHOOK_PATH, async (request, reply) => {
    const appSecret = config.messenger.appSecret;
    if (!appSecret) return sendWebhookError(reply, 503, 'not_configured', `Messenger webhooks cannot be checked: ${PROVIDER_ENV.messengerAppSecret} is not set.`);
    const raw = request.body instanceof Buffer ? request.body : Buffer.alloc(0);
    const signature = request.headers['x-hub-signature-256'];
    if (typeof signature !== 'string' || !signature) {
      return sendWebhookError(reply, 401, 'signature_missing', 'The X-Hub-Signature-256 header is missing.');
    }
    if (!verifyHubSignature256(raw, signature, appSecret)) {
      return sendWebhookError(reply, 401, 'signature_invalid', 'X-Hub-Signature-256 does not match the body signed with MESSENGER_APP_SECRET.');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendWebhookError(reply, 400, 'invalid_body', 'The body is not JSON.');
    }

    let handled = 0;
    for (const item of readMessengerDelivery(payload, config.messenger.appId)) {
      if (await applyItem(service, item)) handled++;
    }
    // The same answer for a first delivery and its retry: how many events reached a conversation.
    return reply.code(200).send({ ok: true, handled });
  });
}

async function applyItem(service: ConversationService, item: MessengerItem): Promise<boolean> {
  if (item.kind === 'ignored') return false;
  if (item.kind === 'thread_returned') {
    const conversation = await service.findByRef('psid', item.psid);
    if (!conversation) return false;
    // A pass back says only that the thread is this app's again ("thread ownership for a user has
    // been passed to your application", messaging_handovers reference), not that the matter is
    // resolved: the agent released it, and the bot takes over from the handover's Resolved port.
    await service.apply(conversation.id, { type: 'agent_release' }, { dedupeKey: item.dedupeKey });
    return true;
  }
  const conversation = await startOrJoin(service, 'psid', item.psid, { scene: { channel: 'messenger' }, refs: { pageId: item.pageId } });
  await service.apply(conversation.id, { type: 'user_message', text: item.text }, { dedupeKey: item.dedupeKey });
  return true;
}
