import type { VoiceDestination } from '../../schema';
import { classifyDestination } from '../../rules/voice/classifyDestination';
import { encodeSipHeaders, filterSipHeaders, SIP_HEADER_BUDGET } from '../../rules/voice/filterSipHeaders';
import type { DroppedHeader } from '../../rules/voice/filterSipHeaders';
import { escapeXml } from './escapeXml';

export type TwimlResult =
  | { ok: true; twiml: string; target: 'number' | 'sip'; dropped: DroppedHeader[] }
  | { ok: false; reason: string };

/**
 * The TwiML that transfers the live call leg (Twilio <Dial> reference):
 * `<Response><Dial timeout="30"><Number>+12025551234</Number></Dial></Response>` for an E.164
 * number, `<Sip>sip:agent@example.com?X-Customer-Id=12345</Sip>` for a SIP URI.
 * - Attributes travel as SIP URI query parameters (Twilio "Sending SIP headers"), only to SIP URIs:
 *   for a number they are ignored (Moveo "Custom SIP headers") and reported as dropped.
 * - Only allow-listed names survive and the encoded header part stays within Twilio's 1024-character
 *   budget (warning 21227); the validator's filterSipHeaders decides, so the two never disagree.
 *   Values filled from {{variables}} at run time can still overflow it: then no TwiML is built.
 * - `timeout` is the <Dial> ring time (30 s by default); when it expires Twilio reports no-answer.
 */
export function buildTwiml(destination: VoiceDestination, whisperUrl?: string): TwimlResult {
  // Warm transfer: <Number url> / <Sip url> runs the whisper on the agent's leg before connecting.
  const url = whisperUrl ? ` url="${escapeXml(whisperUrl)}"` : '';
  const target = classifyDestination(destination.to);
  if (target.kind === 'invalid') return { ok: false, reason: target.reason };
  const dial = (inner: string) => `<Response><Dial timeout="${destination.timeoutSeconds}">${inner}</Dial></Response>`;

  if (target.kind === 'e164') {
    const dropped = destination.attributes.map((a) => ({
      name: a.name,
      reason: 'Attributes are ignored when the destination is a phone number: SIP headers only apply to SIP URIs.',
    }));
    return { ok: true, target: 'number', dropped, twiml: dial(`<Number${url}>${escapeXml(target.number)}</Number>`) };
  }

  const { kept, dropped, encodedLength } = filterSipHeaders(destination.attributes);
  if (encodedLength > SIP_HEADER_BUDGET) {
    return {
      ok: false,
      reason: `the SIP headers take ${encodedLength} characters URL-encoded; Twilio allows ${SIP_HEADER_BUDGET} (warning 21227).`,
    };
  }
  const headers = encodeSipHeaders(kept);
  const uri = headers ? `${target.uri}${target.uri.includes('?') ? '&' : '?'}${headers}` : target.uri;
  return { ok: true, target: 'sip', dropped, twiml: dial(`<Sip${url}>${escapeXml(uri)}</Sip>`) };
}
