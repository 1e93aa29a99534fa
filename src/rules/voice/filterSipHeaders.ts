import type { SipAttribute } from '../../schema';

/** Seed page: header names and values together, URL-encoded, must not exceed 1024 characters. */
export const SIP_HEADER_BUDGET = 1024;

export interface DroppedHeader {
  name: string;
  reason: string;
  twilioCode?: number;
}

/** The standard SIP headers Twilio passes on a <Sip> transfer besides X-* (seed page allow-list). */
export const STANDARD_SIP_HEADERS = ['User-to-User', 'Remote-Party-ID', 'P-Preferred-Identity', 'P-Called-Party-ID'] as const;

const STANDARD = new Map(STANDARD_SIP_HEADERS.map((name) => [name.toLowerCase(), name]));
// RFC 3261 §25.1: a header name is a `token`.
const TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;

function dropReason(name: string): DroppedHeader | null {
  const lower = name.toLowerCase();
  if (name.trim() === '') return { name, reason: 'the header name is empty' };
  if (!TOKEN.test(name)) return { name, reason: `"${name}" is not a valid SIP header name (letters, digits and - . ! % * _ + \` ' ~ only)` };
  // Twilio warning 32113: X-Twilio* names are reserved by the provider.
  if (lower.startsWith('x-twilio')) return { name, reason: `"${name}" starts with X-Twilio, which Twilio reserves (warning 32113)`, twilioCode: 32113 };
  if (lower.startsWith('x-') && lower.length > 2) return null;
  if (STANDARD.has(lower)) return null;
  // Twilio warning 13252: anything else is not passed on.
  return {
    name,
    reason: `"${name}" is not on Twilio's allow-list (X-* custom headers, ${STANDARD_SIP_HEADERS.join(', ')}) (warning 13252)`,
    twilioCode: 13252,
  };
}

/**
 * Splits a handover's attributes into the SIP headers Twilio will send and the ones it drops
 * silently, so the editor and the simulator can say so out loud.
 *
 * `encodedLength` follows the seed page's wording — "the combined size of all header names and
 * values, after URL encoding" — so it sums encodeURIComponent(name) + encodeURIComponent(value)
 * over the kept headers and does not count the `=` and `&` separators. Dropped headers never
 * travel, so they do not use up the budget.
 */
export function filterSipHeaders(attributes: SipAttribute[]): { kept: SipAttribute[]; dropped: DroppedHeader[]; encodedLength: number } {
  const kept: SipAttribute[] = [];
  const dropped: DroppedHeader[] = [];
  let encodedLength = 0;
  for (const attribute of attributes) {
    const drop = dropReason(attribute.name);
    if (drop) {
      dropped.push(drop);
      continue;
    }
    kept.push(attribute);
    encodedLength += encodeURIComponent(attribute.name).length + encodeURIComponent(attribute.value).length;
  }
  return { kept, dropped, encodedLength };
}

// The brief's contract exposes both helpers from this module; the encoder lives in its own file.
export { encodeSipHeaders } from './encodeSipHeaders';
