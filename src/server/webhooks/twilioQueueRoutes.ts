import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Effect } from '../../runtime';
import { LEAVE_TWIML } from '../../runtime/providers/buildQueueWaitTwiml';
import { TWILIO_QUEUE_RESULTS, type InputEvent, type TwilioQueueResult } from '../../schema';
import type { ConversationService } from '../contracts';
import type { ProviderConfig } from '../providers/loadProviderConfig';
import { fillQueueUrls, TWILIO_QUEUE_ACTION_PATH, TWILIO_QUEUE_GATHER_PATH, TWILIO_QUEUE_WAIT_PATH } from '../providers/twilioQueueUrls';
import { checkTwilioSignature } from './checkTwilioSignature';
import { TWILIO_IDEMPOTENCY_HEADER } from './twilioDialRoute';
import { gatherUrlFor, twimlForEffects } from './twimlForEffects';
import { sendWebhookError } from './webhookError';

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const MAX_POSITION = 1000;
const MAX_WAIT_MINUTES = 24 * 60;

/** What a route applies and answers; `key` dedupes a delivery that has no I-Twilio-Idempotency-Token. */
type Handled = { event: InputEvent; answer: (effects: readonly Effect[], conversationId: string) => string; key?: string } | { error: string };

/** The wait URL's (or the <Gather> action's) answer: the engine's wait_twiml with the server's URLs filled in. */
function waitAnswer(effects: readonly Effect[], publicUrl: string, otherwise: string): string {
  const answer = [...effects].reverse().find((e): e is Extract<Effect, { type: 'wait_twiml' }> => e.type === 'wait_twiml');
  return `${XML}${fillQueueUrls(answer ? answer.twiml : otherwise, publicUrl)}`;
}

/**
 * A caller waiting in a Twilio queue (TwiML <Enqueue>, https://www.twilio.com/docs/voice/twiml/enqueue),
 * three Twilio-signed routes (X-Twilio-Signature over BATON_PUBLIC_URL + the path and the form),
 * each finding its conversation by the inbound CallSid:
 * - POST /webhooks/twilio/queue/wait — the waitUrl, requested when the caller joins and again each
 *   time its TwiML runs out, with QueuePosition and AvgQueueTime (seconds): applied as queue_update,
 *   answered with the engine's wait TwiML (the waiting message, the callback offer's <Gather>, or
 *   <Leave/> once the flow takes the caller out). A call no longer in the queue is told <Leave/>.
 * - POST /webhooks/twilio/queue/gather — the offer's <Gather action>: Digits or SpeechResult as the
 *   caller's reply; answered with <Leave/> when it accepts the callback, else nothing (Twilio goes
 *   back to the wait URL).
 * - POST /webhooks/twilio/queue/action — the <Enqueue action>: QueueResult as queue_result (the
 *   engine maps it to the handover's ports), answered with what the bot says next (twimlForEffects):
 *   a question, such as the Offer callback node's after the Callback port, as a <Gather> whose answer
 *   goes to the gather route (twilioGatherRoute).
 * A retried delivery (same I-Twilio-Idempotency-Token) is applied once.
 */
export function registerTwilioQueueRoutes(app: FastifyInstance, service: ConversationService, config: ProviderConfig) {
  const route = (path: string, handle: (params: Record<string, string>) => Handled) =>
    app.post(path, async (request: FastifyRequest, reply: FastifyReply) => {
      const params = checkTwilioSignature(request, reply, config);
      if (!params) return reply;
      if (!params.CallSid) return sendWebhookError(reply, 400, 'invalid_body', 'CallSid is missing from the form body.');
      const conversation = await service.findByRef('callSid', params.CallSid);
      if (!conversation) return sendWebhookError(reply, 404, 'conversation_not_found', `No conversation has callSid ${params.CallSid}.`);
      const handled = handle(params);
      if ('error' in handled) return sendWebhookError(reply, 400, 'invalid_body', handled.error);
      const token = request.headers[TWILIO_IDEMPOTENCY_HEADER];
      const dedupeKey = typeof token === 'string' && token ? `twilio:${token}` : handled.key;
      const result = await service.apply(conversation.id, handled.event, dedupeKey ? { dedupeKey } : undefined);
      return reply.code(200).type('text/xml').send(handled.answer(result.effects, conversation.id));
    });
  const publicUrl = () => config.publicUrl ?? '';

  route(TWILIO_QUEUE_WAIT_PATH, (params) => {
    const position = Number(params.QueuePosition);
    if (!Number.isInteger(position) || position < 1) return { error: `QueuePosition ${JSON.stringify(params.QueuePosition ?? null)} is not a place in the queue (a whole number from 1).` };
    const average = params.AvgQueueTime === undefined || params.AvgQueueTime === '' ? undefined : Number(params.AvgQueueTime);
    if (average !== undefined && !(average >= 0)) return { error: `AvgQueueTime ${JSON.stringify(params.AvgQueueTime)} is not a number of seconds.` };
    const waitMinutes = average === undefined ? undefined : Math.min(MAX_WAIT_MINUTES, average / 60);
    const event: InputEvent = { type: 'queue_update', position: Math.min(position, MAX_POSITION), ...(waitMinutes === undefined ? {} : { waitMinutes }) };
    return { event, answer: (effects) => waitAnswer(effects, publicUrl(), LEAVE_TWIML) };
  });

  route(TWILIO_QUEUE_GATHER_PATH, (params) => {
    const said = (params.Digits || params.SpeechResult || '').slice(0, 4000);
    if (!said) return { error: 'Neither Digits nor SpeechResult is in the form body.' };
    return { event: { type: 'user_message', text: said }, answer: (effects) => waitAnswer(effects, publicUrl(), '<Response/>') };
  });

  route(TWILIO_QUEUE_ACTION_PATH, (params) => {
    const result = params.QueueResult as TwilioQueueResult;
    if (!TWILIO_QUEUE_RESULTS.includes(result)) return { error: `QueueResult ${JSON.stringify(params.QueueResult ?? null)} is not one of ${TWILIO_QUEUE_RESULTS.join(', ')}.` };
    return { event: { type: 'queue_result', result }, answer: (effects, id) => twimlForEffects(effects, gatherUrlFor(publicUrl(), id)), key: `twilio-queue:${params.CallSid}:${result}` };
  });
}
