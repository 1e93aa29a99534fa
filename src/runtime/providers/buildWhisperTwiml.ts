import { escapeXml } from './escapeXml';

/** Where Twilio fetches the whisper for the agent's leg; the deployed runtime serves it per conversation. */
export const WHISPER_URL_PLACEHOLDER = '{{whisper_url}}';

/** The digit the agent presses to take the call; anything else, or nothing, declines it. */
export const WHISPER_ACCEPT_DIGIT = '1';

/**
 * A warm transfer's whisper: the TwiML Twilio runs on the called party's leg (<Number url> /
 * <Sip url>) before the caller is connected. The agent hears the summary and note, then presses 1
 * to take the call; silence or another key hangs the agent's leg up, the <Dial> ends without a
 * connection, and the handover takes its Rejected port.
 */
export function buildWhisperTwiml(lines: readonly string[]): string {
  const said = lines.filter((l) => l.trim() !== '').map((l) => `<Say>${escapeXml(l)}</Say>`).join('');
  const prompt = `<Say>Press ${WHISPER_ACCEPT_DIGIT} to take the call. Any other key declines it.</Say>`;
  return `<Response><Gather numDigits="1" timeout="8">${said}${prompt}</Gather><Hangup/></Response>`;
}
