import type { FastifyInstance } from 'fastify';
import type { ConversationService } from '../contracts';
import type { ProviderConfig } from '../providers/loadProviderConfig';
import { registerAgentWebhookRoute } from './agentWebhookRoute';
import { registerMessengerRoutes } from './messengerRoutes';
import { registerTwilioDialRoute } from './twilioDialRoute';
import { registerTwilioGatherRoute } from './twilioGatherRoute';
import { registerTwilioRecordingRoutes } from './twilioRecordingRoutes';
import { registerTwilioWhisperRoutes } from './twilioWhisperRoutes';
import { registerTwilioQueueRoutes } from './twilioQueueRoutes';
import { sendWebhookError } from './webhookError';

export interface ProviderWebhooksOptions {
  service: ConversationService;
  config: ProviderConfig;
}

/** Webhook bodies are small (a Messenger batch, a Twilio form); anything larger is refused. */
export const WEBHOOK_BODY_LIMIT = 256 * 1024;

/**
 * The provider webhooks as one Fastify plugin: `app.register(providerWebhooks, { service, config })`.
 * Deliberately encapsulated (no fastify-plugin wrapper): its content-type parsers hand every body
 * over as the raw Buffer, because signatures are computed over the exact bytes sent, and they must
 * not change how the rest of the app parses JSON.
 */
export async function providerWebhooks(app: FastifyInstance, { service, config }: ProviderWebhooksOptions) {
  if (!service || !config) throw new Error('providerWebhooks needs { service, config } (the ConversationService and loadProviderConfig(env)).');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'webhook failed');
    return sendWebhookError(reply, status, status >= 500 ? 'internal_error' : (error.code ?? 'bad_request'), status >= 500 ? 'The webhook could not be handled; the provider will retry.' : error.message);
  });

  registerTwilioDialRoute(app, service, config);
  registerTwilioWhisperRoutes(app, service, config);
  registerTwilioRecordingRoutes(app, service, config);
  registerTwilioQueueRoutes(app, service, config);
  registerTwilioGatherRoute(app, service, config);
  registerMessengerRoutes(app, service, config);
  registerAgentWebhookRoute(app, service, config);
}

export { signBatonAgentBody, signZendeskBody } from './verifySignatures';
export { TWILIO_IDEMPOTENCY_HEADER } from './twilioDialRoute';
export { AGENT_WEBHOOK_PATH, BATON_AGENT_SIGNATURE_HEADER } from './agentWebhookRoute';
export { MESSENGER_WEBHOOK_PATH } from './messengerRoutes';
