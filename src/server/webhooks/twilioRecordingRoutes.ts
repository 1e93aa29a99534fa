import type { FastifyInstance } from 'fastify';
import type { Effect } from '../../runtime';
import type { ConversationService } from '../contracts';
import { TWILIO_RECORDING_PATH, TWILIO_TRANSCRIPTION_PATH } from '../providers/fillTwilioRequest';
import type { ProviderConfig } from '../providers/loadProviderConfig';
import { checkTwilioSignature } from './checkTwilioSignature';
import { sendWebhookError } from './webhookError';

/** The server's service appends records to the log (as provider_request_failed) and reads it. */
type WithRecords = ConversationService & {
  appendRecord?(id: string, record: { type: string } & Record<string, unknown>): Promise<Effect>;
  effects?(id: string, after: number, limit: number): Promise<Effect[]>;
};

const PAGE = 500;

/** Whether the log already holds a record of this type for this recording (Twilio retries a callback it got no 2xx for). */
async function recorded(service: WithRecords, id: string, type: string, recordingSid: string): Promise<boolean> {
  for (let after = 0; ; ) {
    const page = await service.effects!(id, after, PAGE);
    if (page.some((e) => (e.type as string) === type && (e as unknown as { recordingSid?: string }).recordingSid === recordingSid)) return true;
    if (page.length < PAGE) return false;
    after = page[page.length - 1].seq;
  }
}

/**
 * A voicemail's callbacks (TwiML <Record>, https://www.twilio.com/docs/voice/twiml/record):
 * - `recordingStatusCallback` (POST /webhooks/twilio/recording) with RecordingStatus `completed`,
 *   RecordingSid, RecordingUrl, RecordingDuration → a `voicemail_recorded` record in the log (and
 *   to the outbound webhook), so the team finds the message;
 * - `transcribeCallback` (POST /webhooks/twilio/transcription) with TranscriptionStatus,
 *   TranscriptionText, RecordingSid → `voicemail_transcribed`.
 * Twilio-signed like the dial route; the conversation is the call's (CallSid). A retried callback
 * finds its record already there and adds nothing. Answered 204 (no TwiML: the call has ended).
 */
export function registerTwilioRecordingRoutes(app: FastifyInstance, service: WithRecords, config: ProviderConfig) {
  const route = (path: string, toRecord: (p: Record<string, string>) => ({ type: string } & Record<string, unknown>) | null) =>
    app.post(path, async (request, reply) => {
      const params = checkTwilioSignature(request, reply, config);
      if (!params) return reply;
      if (!service.appendRecord || !service.effects) return sendWebhookError(reply, 503, 'not_configured', 'This server cannot write records to effect logs.');
      if (!params.CallSid || !params.RecordingSid) return sendWebhookError(reply, 400, 'invalid_body', 'CallSid and RecordingSid are required in the form body.');
      const conversation = await service.findByRef('callSid', params.CallSid);
      if (!conversation) return sendWebhookError(reply, 404, 'conversation_not_found', `No conversation has callSid ${params.CallSid}.`);
      const record = toRecord(params);
      if (record && !(await recorded(service, conversation.id, record.type, params.RecordingSid))) await service.appendRecord(conversation.id, record);
      return reply.code(204).send();
    });

  route(TWILIO_RECORDING_PATH, (p) =>
    p.RecordingStatus === 'completed'
      ? { type: 'voicemail_recorded', recordingSid: p.RecordingSid, recordingUrl: p.RecordingUrl ?? null, durationSeconds: p.RecordingDuration ? Number(p.RecordingDuration) : null }
      : null,
  );
  route(TWILIO_TRANSCRIPTION_PATH, (p) => ({ type: 'voicemail_transcribed', recordingSid: p.RecordingSid, status: p.TranscriptionStatus ?? null, text: p.TranscriptionText ?? null }));
}
