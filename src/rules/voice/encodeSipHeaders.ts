import type { SipAttribute } from '../../schema';

/**
 * The header part Twilio appends to a <Sip> URI: `X-Customer-Id=12345&User-to-User=...`,
 * names and values percent-encoded. Pass only the headers `filterSipHeaders` kept.
 */
export function encodeSipHeaders(kept: SipAttribute[]): string {
  return kept.map((h) => `${encodeURIComponent(h.name)}=${encodeURIComponent(h.value)}`).join('&');
}
