import type { Effect, Ownership } from '../../runtime';

/** One stretch of time with one owner: from `from` up to `to` (ms of virtual time), and what started it. */
export interface OwnershipSegment {
  owner: Ownership;
  from: number;
  to: number;
  /** The ownership_changed reason that started it; null for the bot at the start. */
  reason: string | null;
}

/**
 * The ownership lane's segments from the effects shown so far: the bot owns the conversation from
 * the start, and each ownership_changed starts a new stretch; the last one runs to `now`. Moves at
 * the same instant (a Messenger thread passed and returned in one turn) keep their zero-length
 * stretches, so the table lists every move.
 */
export function ownershipSegments(effects: readonly Effect[], now: number): OwnershipSegment[] {
  const segments: OwnershipSegment[] = [{ owner: 'bot', from: 0, to: now, reason: null }];
  for (const effect of effects) {
    if (effect.type !== 'ownership_changed') continue;
    const last = segments[segments.length - 1];
    last.to = effect.at;
    segments.push({ owner: effect.to, from: effect.at, to: Math.max(now, effect.at), reason: effect.reason });
  }
  return segments;
}
