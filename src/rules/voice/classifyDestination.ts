import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { parseSipUri } from './parseSipUri';

export type DestinationInfo =
  | { kind: 'e164'; number: string; country?: string; possible: boolean }
  | { kind: 'sip'; uri: string; scheme: 'sip' | 'sips'; user: string; host: string; port?: number }
  | { kind: 'invalid'; reason: string };

// ITU-T E.164 as Twilio documents it: "+", then 1–15 digits, the first not 0.
const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * What a voice handover's `to` points at: an E.164 number or a SIP URI (the only two targets
 * Twilio's <Dial> accepts, via <Number> and <Sip>), or why it is neither.
 * Pure and strict: the runtime builds TwiML from the `e164`/`sip` results as they are.
 */
export function classifyDestination(to: string): DestinationInfo {
  if (to.trim() === '') return { kind: 'invalid', reason: 'The destination is empty: enter an E.164 number (+12025551234) or a SIP URI (sip:agent@example.com).' };
  if (/^sips?:/i.test(to)) return parseSipUri(to);
  if (to.startsWith('+') || /^[\d\s().-]+$/.test(to)) return classifyNumber(to);
  return {
    kind: 'invalid',
    reason: `"${to}" is neither an E.164 number (+12025551234) nor a SIP URI (sip:agent@example.com).`,
  };
}

function classifyNumber(to: string): DestinationInfo {
  if (!E164.test(to)) {
    const digits = to.replace(/[^\d]/g, '');
    const hint = digits.length > 0 && digits[0] !== '0' ? ` Write it as +${digits}, with no spaces or punctuation.` : '';
    return {
      kind: 'invalid',
      reason: `"${to}" is not an E.164 number: "+", then 2–15 digits, the first not 0.${hint}`,
    };
  }
  const parsed = parsePhoneNumberFromString(to);
  const country = parsed?.country;
  return { kind: 'e164', number: to, ...(country ? { country } : {}), possible: parsed?.isPossible() ?? false };
}
