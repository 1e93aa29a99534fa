import { createHmac, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of two strings; different lengths are simply unequal. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

const hmac = (secret: string, ...parts: (string | Buffer)[]) => {
  const h = createHmac('sha256', secret);
  for (const part of parts) h.update(part);
  return h;
};

/**
 * Meta: "We sign all Event Notification payloads with a SHA256 signature and include the signature
 * in the request's X-Hub-Signature-256 header, preceded with sha256=" — HMAC-SHA256 of the raw
 * body, keyed with the app secret, lowercase hex (Meta Webhooks for Messenger Platform, Validating Payloads).
 */
export function verifyHubSignature256(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header?.startsWith('sha256=')) return false;
  return safeEqual(header.slice('sha256='.length).toLowerCase(), hmac(appSecret, rawBody).digest('hex'));
}

/** Baton's own agent webhook scheme: `X-Baton-Agent-Signature: sha256=<hex HMAC-SHA256 of the raw body>`. */
export function signBatonAgentBody(rawBody: Buffer | string, secret: string): string {
  return `sha256=${hmac(secret, rawBody).digest('hex')}`;
}

export function verifyBatonAgentSignature(rawBody: Buffer, header: string | undefined, secret: string): boolean {
  return !!header && safeEqual(header, signBatonAgentBody(rawBody, secret));
}

/**
 * Zendesk webhooks: `X-Zendesk-Webhook-Signature` = base64(HMAC-SHA256(TIMESTAMP + BODY)) with the
 * webhook's signing secret, the timestamp taken from `X-Zendesk-Webhook-Signature-Timestamp`
 * (Zendesk developer docs, "Verifying webhook authenticity").
 */
export function signZendeskBody(rawBody: Buffer | string, timestamp: string, secret: string): string {
  return hmac(secret, timestamp, rawBody).digest('base64');
}

export function verifyZendeskSignature(rawBody: Buffer, signature: string | undefined, timestamp: string | undefined, secret: string): boolean {
  return !!signature && !!timestamp && safeEqual(signature, signZendeskBody(rawBody, timestamp, secret));
}

/** A signed timestamp further than this from the server's clock (either way) is refused: a replay or a badly wrong clock. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000;

/**
 * How far a signature's timestamp is from `nowMs`, in ms (positive: in the past), or null when it is
 * not a time. Zendesk sends ISO 8601 (`2026-12-06T09:30:00Z`); Unix seconds are read too.
 */
export function signatureAgeMs(timestamp: string, nowMs: number): number | null {
  const ms = /^\d{9,11}$/.test(timestamp) ? Number(timestamp) * 1000 : Date.parse(timestamp);
  return Number.isFinite(ms) ? nowMs - ms : null;
}
