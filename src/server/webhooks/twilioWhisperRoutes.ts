import type { FastifyInstance } from 'fastify';
import type { Effect } from '../../runtime';
import { WHISPER_ACCEPT_DIGIT } from '../../runtime/providers/buildWhisperTwiml';
import { escapeXml } from '../../runtime/providers/escapeXml';
import type { ConversationService } from '../contracts';
import { TWILIO_WHISPER_PATH } from '../providers/fillTwilioRequest';
import type { ProviderConfig } from '../providers/loadProviderConfig';
import { checkTwilioSignature } from './checkTwilioSignature';
import { sendWebhookError } from './webhookError';

/** The server's conversation service reads the effect log; the whisper is in it (agent_context.whisper). */
type WithEffects = ConversationService & { effects?(id: string, after: number, limit: number): Promise<Effect[]> };

/** The dedupe key of a whisper decline: the dialled leg's CallSid (the <Dial action>'s DialCallSid). */
export const whisperDeclineKey = (agentCallSid: string) => `twilio-whisper:${agentCallSid}`;

/** The server's ServerError(404) for an unknown conversation id. */
const isNotFound = (error: unknown) => (error as { status?: number }).status === 404;

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const PAGE = 500;

/** The whisper of the conversation's latest warm transfer (the last agent_context that has one). */
async function latestWhisper(service: WithEffects, id: string): Promise<string | null> {
  let whisper: string | null = null;
  for (let after = 0; ; ) {
    const page = await service.effects!(id, after, PAGE);
    for (const e of page) if (e.type === 'agent_context' && e.whisper) whisper = e.whisper;
    if (page.length < PAGE) return whisper;
    after = page[page.length - 1].seq;
  }
}

/**
 * A warm transfer's whisper, served to Twilio (TwiML <Number url> / <Sip url>: "a TwiML response to
 * be run on the called party's end, after they answer, but before the parties are connected … a
 * chance to decline the phone call using <Gather> and <Hangup>", https://www.twilio.com/docs/voice/twiml/number).
 * - `POST {path}/{conversationId}`: the engine's whisper TwiML (the summary and note, "press 1"),
 *   its <Gather> given `action` (the answer route) and `actionOnEmptyResult="true"`, so silence is
 *   reported too (TwiML <Gather>: https://www.twilio.com/docs/voice/twiml/gather).
 * - `POST {path}/{conversationId}/answer` with `Digits`: 1 → an empty <Response/>: the whisper ends
 *   and Twilio connects the parties. Anything else, or nothing → the agent declined: the engine gets
 *   `transfer_outcome: rejected` (the handover's Rejected port, as the engine models a decline),
 *   deduplicated by the agent leg's CallSid, and the agent's leg hangs up; the <Dial action> that
 *   follows answers the caller with what the bot does next (twilioDialRoute).
 * Both are Twilio-signed like the dial route.
 */
export function registerTwilioWhisperRoutes(app: FastifyInstance, service: WithEffects, config: ProviderConfig) {
  app.post<{ Params: { conversationId: string } }>(`${TWILIO_WHISPER_PATH}/:conversationId`, async (request, reply) => {
    if (!checkTwilioSignature(request, reply, config)) return reply;
    if (!service.effects) return sendWebhookError(reply, 503, 'not_configured', 'This server cannot read effect logs, so it cannot serve whispers.');
    const id = request.params.conversationId;
    let whisper: string | null;
    try {
      whisper = await latestWhisper(service, id);
    } catch (error) {
      if (isNotFound(error)) return sendWebhookError(reply, 404, 'conversation_not_found', `No conversation ${id}.`);
      throw error;
    }
    if (!whisper) return sendWebhookError(reply, 404, 'conversation_not_found', `Conversation ${id} has no warm transfer to whisper.`);
    const action = `${config.publicUrl}${TWILIO_WHISPER_PATH}/${encodeURIComponent(id)}/answer`;
    const twiml = whisper.replace(/<Gather\b([^>]*)>/, (_tag, attrs: string) => `<Gather${attrs} action="${escapeXml(action)}" method="POST" actionOnEmptyResult="true">`);
    return reply.code(200).type('text/xml').send(XML + twiml);
  });

  app.post<{ Params: { conversationId: string } }>(`${TWILIO_WHISPER_PATH}/:conversationId/answer`, async (request, reply) => {
    const params = checkTwilioSignature(request, reply, config);
    if (!params) return reply;
    if ((params.Digits ?? '') === WHISPER_ACCEPT_DIGIT) return reply.code(200).type('text/xml').send(`${XML}<Response/>`);
    if (!params.CallSid) return sendWebhookError(reply, 400, 'invalid_body', 'CallSid (the agent leg) is missing from the form body.');
    const id = request.params.conversationId;
    try {
      await service.apply(id, { type: 'transfer_outcome', outcome: 'rejected' }, { dedupeKey: whisperDeclineKey(params.CallSid) });
    } catch (error) {
      if (isNotFound(error)) return sendWebhookError(reply, 404, 'conversation_not_found', `No conversation ${id}.`);
      throw error;
    }
    return reply.code(200).type('text/xml').send(`${XML}<Response><Hangup/></Response>`);
  });
}
