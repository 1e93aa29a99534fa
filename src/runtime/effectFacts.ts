import type { Effect } from './effects';
import type { ProviderRequest } from './providers/providerRequest';

export type Scalar = string | number | boolean | null;

/** Fields every effect has that say where it sits in the log, not what it means. */
const PLACE_KEYS: ReadonlySet<string> = new Set(['seq', 'at', 'nodeId', 'type']);

/** Prefix of a kept SIP header's fact: `sip.X-Customer-Id` = "12345". */
export const SIP_HEADER_PREFIX = 'sip.';

const XML_TEXT: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => XML_TEXT[entity]);

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A string or null at a dot path of a request, read by shape: requests gain variants over time. */
function textAt(request: ProviderRequest, path: string): string | null | undefined {
  let current: unknown = request;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' || current === null ? current : undefined;
}

/** Twilio's TwiML, read back: `<Number>`/`<Sip>`, with or without a whisper `url` (buildTwiml writes exactly one) and the SIP URI's headers. */
function dialFacts(twiml: string): Record<string, Scalar> {
  // A call put in a Twilio queue (buildTwilioEnqueue): the queue's name.
  const queued = /<Enqueue\b[^>]*>([^<]*)<\/Enqueue>/.exec(twiml);
  if (queued) return { queue: unescapeXml(queued[1]) };
  // A warm transfer's noun carries its whisper: <Sip url="…">.
  const target = /<(Number|Sip)\b[^>]*>([^<]*)<\/\1>/.exec(twiml);
  if (!target) return {};
  const address = unescapeXml(target[2]);
  const query = address.indexOf('?');
  if (target[1] === 'Number' || query < 0) return { to: address };
  const facts: Record<string, Scalar> = { to: address.slice(0, query) };
  for (const pair of address.slice(query + 1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0) facts[SIP_HEADER_PREFIX + decode(pair.slice(0, eq))] = decode(pair.slice(eq + 1));
  }
  return facts;
}

/**
 * What a handover request says in a designer's words. The Twilio request carries only TwiML, so the
 * address dialled is read back from it as `to`, and each SIP header Twilio will send (the query part
 * of the SIP URI, "Sending SIP headers") as `sip.<Name>`. Zendesk's department id is `department`
 * (its switchboard integration `switchboard`), Live chat's assignee `assignee`, Messenger's
 * `metadata`.
 */
function requestFacts(request: ProviderRequest): Record<string, Scalar> {
  const facts: Record<string, Scalar> = {};
  const twiml = textAt(request, 'body.Twiml');
  if (typeof twiml === 'string') Object.assign(facts, dialFacts(twiml));
  const named: [fact: string, path: string][] = [
    ['department', 'variables.department_id'],
    ['switchboard', 'body.switchboardIntegration'],
    ['assignee', 'body.assigneeId'],
    ['metadata', 'body.metadata'],
  ];
  for (const [fact, path] of named) {
    const value = textAt(request, path);
    if (value !== undefined) facts[fact] = value;
  }
  return facts;
}

/**
 * An effect's meaning as flat, readable fields: its own scalar fields (`text`, `seconds`, `dueAt`)
 * plus, for a handover, what its provider request does (`to`, `sip.X-Customer-Id`, `department`,
 * `assignee`, `metadata`). Test expectations match these names before falling back to dot paths
 * into the raw effect, and diffs print them, so a changed SIP address reads as one changed field.
 */
export function effectFacts(effect: Effect): Record<string, Scalar> {
  const facts: Record<string, Scalar> = Object.create(null);
  for (const [key, value] of Object.entries(effect)) {
    if (PLACE_KEYS.has(key)) continue;
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) facts[key] = value as Scalar;
  }
  if (effect.type === 'handover') Object.assign(facts, requestFacts(effect.request));
  return facts;
}
