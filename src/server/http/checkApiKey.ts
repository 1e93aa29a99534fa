import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * `Authorization: Bearer KEY` against the configured key, in constant time: both sides are hashed
 * first, so neither the key's length nor its bytes leak through timing.
 */
export function checkApiKey(header: string | undefined, apiKey: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = match?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(apiKey)) && given.length > 0;
}
