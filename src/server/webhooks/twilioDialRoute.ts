import type { FastifyInstance } from 'fastify';
import twilio from 'twilio';
import type { ConversationService } from '../contracts';
import { PROVIDER_ENV, type ProviderConfig } from '../providers/loadProviderConfig';
import { TWILIO_DIAL_ACTION_PATH } from '../providers/fillTwilioRequest';
import { mapDialCallStatus } from './mapDialCallStatus';
import { twimlForEffects } from './twimlForEffects';
import { sendWebhookError } from './webhookError';

/** Twilio's delivery id on webhook requests; a retried delivery carries the same one. */
export const TWILIO_IDEMPOTENCY_HEADER = 'i-twilio-idempotency-token';

/**
 * POST /webhooks/twilio/dial — the <Dial action> callback. X-Twilio-Signature is checked with the
 * twilio package's validateRequest over the URL Twilio called (BATON_PUBLIC_URL + the path and
 * query) and the form parameters; the outcome goes to the conversation of the inbound CallSid.
 */
export function registerTwilioDialRoute(app: FastifyInstance, service: ConversationService, config: ProviderConfig) {
  app.post(TWILIO_DIAL_ACTION_PATH, async (request, reply) => {
    const { authToken } = config.twilio;
    if (!authToken || !config.publicUrl) {
      const missing = !authToken ? PROVIDER_ENV.twilioAuthToken : PROVIDER_ENV.publicUrl;
      return sendWebhookError(reply, 503, 'not_configured', `Twilio webhooks cannot be checked: ${missing} is not set.`);
    }
    const raw = request.body instanceof Buffer ? request.body.toString('utf8') : '';
    const params = Object.fromEntries(new URLSearchParams(raw));
    const signature = request.headers['x-twilio-signature'];
    if (typeof signature !== 'string' || !signature) {
      return sendWebhookError(reply, 401, 'signature_missing', 'The X-Twilio-Signature header is missing.');
    }
    if (!twilio.validateRequest(authToken, signature, `${config.publicUrl}${request.url}`, params)) {
      return sendWebhookError(reply, 401, 'signature_invalid', `X-Twilio-Signature does not match this request for ${config.publicUrl}${TWILIO_DIAL_ACTION_PATH} (is BATON_PUBLIC_URL the URL Twilio calls?).`);
    }

    const outcome = mapDialCallStatus(params.DialCallStatus);
    if (!outcome) {
      return sendWebhookError(reply, 400, 'invalid_body', `DialCallStatus ${JSON.stringify(params.DialCallStatus ?? null)} is not one of completed, answered, busy, no-answer, failed, canceled.`);
    }
    if (!params.CallSid) return sendWebhookError(reply, 400, 'invalid_body', 'CallSid is missing from the form body.');
    const conversation = await service.findByRef('callSid', params.CallSid);
    if (!conversation) {
      return sendWebhookError(reply, 404, 'conversation_not_found', `No conversation has callSid ${params.CallSid}.`);
    }

    const token = request.headers[TWILIO_IDEMPOTENCY_HEADER];
    const dedupeKey = typeof token === 'string' && token
      ? `twilio:${token}`
      : `twilio-dial:${params.CallSid}:${params.DialCallSid ?? ''}:${params.DialCallStatus}`;
    const result = await service.apply(conversation.id, { type: 'transfer_outcome', outcome }, { dedupeKey });
    return reply.code(200).type('text/xml').send(twimlForEffects(result.effects));
  });
}
