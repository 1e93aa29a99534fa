import type { FastifyInstance } from 'fastify';
import type { Effect } from '../../runtime';
import type { ConversationService } from '../contracts';
import type { ProviderConfig } from '../providers/loadProviderConfig';
import { checkTwilioSignature } from './checkTwilioSignature';
import { TWILIO_IDEMPOTENCY_HEADER } from './twilioDialRoute';
import { gather, gatherUrlFor, TWILIO_GATHER_PATH, twimlForEffects } from './twimlForEffects';
import { sendWebhookError } from './webhookError';

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
/** The engine's user_message holds at most this many characters. */
const MAX_TEXT = 4000;

/** Whether the turn gave the caller anything: words, a hold for the outbox's redirect, or the end. */
const answered = (effects: readonly Effect[]) =>
  effects.some((e) => e.type === 'bot_says' || e.type === 'handover' || e.type === 'voicemail_started' || e.type === 'call_dropped' || e.type === 'conversation_ended');

/**
 * POST /webhooks/twilio/gather/{conversationId} — the <Gather action> of a turn that waits for the
 * caller (twimlForEffects), Twilio-signed like the other Twilio routes. Twilio posts `Digits` (keys)
 * or `SpeechResult` (the words, with `Confidence`) (TwiML <Gather>, https://www.twilio.com/docs/voice/twiml/gather);
 * either becomes the engine's `user_message`, and the answer is the next turn's TwiML: a <Gather>
 * again while the flow waits, <Hangup/> once it ends, a hold while the outbox redirects the call.
 * - No input (the repeated question's actionOnEmptyResult): `user_message` with no text, the engine's
 *   own no-input path (an Offer callback node counts it as an unusable answer: it asks again, then
 *   leaves by Failed). When the engine has nothing for silence, the server hangs up and ends the
 *   conversation as `user_left`: Twilio ends the call after <Hangup/>.
 * - Words no scenario answers (the engine ignores them; on a phone line there is no AI agent here to
 *   answer): the server listens once more, without a prompt, before the no-input path above.
 * The call must be this conversation's (CallSid, the inbound leg); a retried delivery (the same
 * I-Twilio-Idempotency-Token) is applied once and gets the same answer.
 */
export function registerTwilioGatherRoute(app: FastifyInstance, service: ConversationService, config: ProviderConfig) {
  app.post<{ Params: { conversationId: string } }>(`${TWILIO_GATHER_PATH}/:conversationId`, async (request, reply) => {
    const params = checkTwilioSignature(request, reply, config);
    if (!params) return reply;
    const id = request.params.conversationId;
    if (!params.CallSid) return sendWebhookError(reply, 400, 'invalid_body', 'CallSid is missing from the form body.');
    const conversation = await service.findByRef('callSid', params.CallSid);
    if (!conversation || conversation.id !== id) {
      return sendWebhookError(reply, 404, 'conversation_not_found', `Conversation ${id} has no call ${params.CallSid}.`);
    }
    const said = (params.Digits || params.SpeechResult || '').trim().slice(0, MAX_TEXT);
    const token = request.headers[TWILIO_IDEMPOTENCY_HEADER];
    const key = typeof token === 'string' && token ? `twilio:${token}` : undefined;
    const gatherUrl = gatherUrlFor(config.publicUrl ?? '', id);

    const turn = await service.apply(id, { type: 'user_message', text: said }, key ? { dedupeKey: key } : undefined);
    if (answered(turn.effects)) return reply.code(200).type('text/xml').send(twimlForEffects(turn.effects, gatherUrl));
    if (said) {
      request.log.info({ conversationId: id }, 'gather: no scenario answers the caller; listening once more');
      return reply.code(200).type('text/xml').send(`${XML}<Response>${gather(gatherUrl, '', true)}</Response>`);
    }
    request.log.info({ conversationId: id }, 'gather: the caller said nothing twice and the flow has no answer for silence; hanging up');
    await service.apply(id, { type: 'user_left' }, key ? { dedupeKey: `${key}:silence` } : undefined);
    return reply.code(200).type('text/xml').send(`${XML}<Response><Hangup/></Response>`);
  });
}
