import type { FastifyInstance } from 'fastify';
import type { ConversationService } from '../contracts';
import type { ProviderConfig } from '../providers/loadProviderConfig';
import { TWILIO_DIAL_ACTION_PATH } from '../providers/fillTwilioRequest';
import { checkTwilioSignature } from './checkTwilioSignature';
import { mapDialCallStatus } from './mapDialCallStatus';
import { gatherUrlFor, twimlForEffects } from './twimlForEffects';
import { whisperDeclineKey } from './twilioWhisperRoutes';
import { sendWebhookError } from './webhookError';

/** Twilio's delivery id on webhook requests; a retried delivery carries the same one. */
export const TWILIO_IDEMPOTENCY_HEADER = 'i-twilio-idempotency-token';

/**
 * POST /webhooks/twilio/dial — the <Dial action> callback, Twilio-signed; the outcome goes to the
 * conversation of the inbound CallSid. When the engine had already settled the transfer because the
 * agent declined it in the warm-transfer whisper (the decline is applied under the dialled leg's
 * CallSid, which Twilio reports here as DialCallSid), the caller's leg gets the TwiML of that decline
 * (what the bot says on Rejected) instead of an empty answer that would end the call. A path that
 * then asks the caller something is answered with a <Gather> to the gather route (twimlForEffects).
 */
export function registerTwilioDialRoute(app: FastifyInstance, service: ConversationService, config: ProviderConfig) {
  app.post(TWILIO_DIAL_ACTION_PATH, async (request, reply) => {
    const params = checkTwilioSignature(request, reply, config);
    if (!params) return reply;

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
    let result = await service.apply(conversation.id, { type: 'transfer_outcome', outcome }, { dedupeKey });
    if (params.DialCallSid && result.effects.every((e) => e.type === 'ignored')) {
      // Declined in the whisper: the same key answers that decline's effects (and applies nothing new).
      result = await service.apply(conversation.id, { type: 'transfer_outcome', outcome: 'rejected' }, { dedupeKey: whisperDeclineKey(params.DialCallSid) });
    }
    return reply.code(200).type('text/xml').send(twimlForEffects(result.effects, gatherUrlFor(config.publicUrl ?? '', conversation.id)));
  });
}
