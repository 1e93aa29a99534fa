import type { VoicemailData } from '../../schema';
import { escapeXml } from './escapeXml';

/**
 * Placeholders the runtime server fills with its own callback URLs (the engine knows no server,
 * as with the <Dial action> the server adds to a transfer).
 */
export const RECORDING_STATUS_CALLBACK_PLACEHOLDER = '{{recording_status_callback}}';
export const TRANSCRIBE_CALLBACK_PLACEHOLDER = '{{transcribe_callback}}';

const attr = (name: string, value: string | number | boolean) => ` ${name}="${escapeXml(String(value))}"`;

/**
 * The TwiML that sends the caller to voicemail (Twilio TwiML <Record>):
 * `<Response><Say>…</Say><Record maxLength="120" finishOnKey="#" playBeep="true" transcribe="true" …/></Response>`.
 * - <Say> carries the prompt, XML-escaped (W3C XML §2.4): a prompt with `<`, `&` or quotes stays text.
 * - `recordingStatusCallback` with `recordingStatusCallbackEvent="completed"` tells the server
 *   where the recording is once it is saved; `transcribeCallback` where the transcription is.
 * - Nothing follows <Record>: after the recording the call ends (the server may add an action).
 */
export function buildVoicemailTwiml(data: VoicemailData, prompt: string): string {
  const record =
    '<Record' +
    attr('maxLength', data.maxLengthSeconds) +
    attr('finishOnKey', data.finishOnKey) +
    attr('playBeep', true) +
    attr('recordingStatusCallback', RECORDING_STATUS_CALLBACK_PLACEHOLDER) +
    attr('recordingStatusCallbackEvent', 'completed') +
    (data.transcribe ? attr('transcribe', true) + attr('transcribeCallback', TRANSCRIBE_CALLBACK_PLACEHOLDER) : '') +
    '/>';
  const say = prompt.trim() === '' ? '' : `<Say>${escapeXml(prompt)}</Say>`;
  return `<Response>${say}${record}</Response>`;
}
