import type { Waiting } from '../../schema';

const MINUTE_MS = 60_000;

/**
 * A queued handover's wait, as the queue reports it: the place in line and an estimate, plus the
 * timers of the waiting experience (the next waiting message, the callback offer, the agent who
 * picks up by themselves in a rehearsal). Replaced, never mutated, so state copies stay apart.
 */
export interface QueueWait {
  /** The place in line when it was last reported (the scene's queuePosition, or a queue_update). */
  position: number;
  reportedAt: number;
  /** The provider's estimate at reportedAt (Twilio AvgQueueTime), or null when none was given. */
  reportedWaitMs: number | null;
  /** When an agent accepts by themselves (scene.agentAnswersAfterMinutes), or null. */
  answerAt: number | null;
  nextMessageAt: number | null;
  offerAt: number | null;
  /** A caller in a Twilio queue: the port the flow takes them out by once the wait URL has answered <Leave/>. */
  leaveBy?: 'callback' | 'no_answer';
  /** A caller in a Twilio queue: when the wait URL last said the waiting message (absent: not yet). */
  spokenAt?: number;
  /** A caller in a Twilio queue: the wait URL has said the callback offer at least once. */
  offerSpoken?: boolean;
}

/** What the user is told at `now`: the position and the minutes still to wait (null: not known). */
export function queueStatusAt(wait: QueueWait, now: number): { position: number; estimateMs: number | null } {
  if (wait.answerAt !== null) {
    // Rehearsal with a known answer time: the line moves evenly until the user is next.
    const total = Math.max(1, wait.answerAt - wait.reportedAt);
    const remaining = Math.max(0, wait.answerAt - now);
    return { position: Math.max(1, Math.ceil((wait.position * remaining) / total)), estimateMs: remaining };
  }
  const estimateMs = wait.reportedWaitMs === null ? null : Math.max(0, wait.reportedWaitMs - (now - wait.reportedAt));
  return { position: wait.position, estimateMs };
}

/** `about 4 minutes`, `less than a minute`, `not known yet`: the {{estimated_wait}} text. */
export function formatEstimatedWait(ms: number | null): string {
  if (ms === null) return 'not known yet';
  const minutes = Math.ceil(ms / MINUTE_MS);
  if (minutes <= 1) return ms < MINUTE_MS ? 'less than a minute' : 'about 1 minute';
  if (minutes >= 120) return `about ${Math.round(minutes / 60)} hours`;
  return `about ${minutes} minutes`;
}

export function estimateMinutes(ms: number | null): number | null {
  return ms === null ? null : Math.ceil(ms / MINUTE_MS);
}

/** The wait a handover starts with; the designer's waiting settings decide which timers run. */
export function startQueueWait(now: number, waiting: Waiting | undefined, scene: { position: number; answerAfterMs: number | null }): QueueWait {
  return {
    position: scene.position,
    reportedAt: now,
    reportedWaitMs: null,
    answerAt: scene.answerAfterMs === null ? null : now + scene.answerAfterMs,
    nextMessageAt: waiting ? now + waiting.everyMinutes * MINUTE_MS : null,
    offerAt: waiting && waiting.offerCallbackAfterMinutes !== null ? now + waiting.offerCallbackAfterMinutes * MINUTE_MS : null,
  };
}

export type QueueWaitTimer = { at: number; what: 'answer' | 'offer' | 'message' };

/** The wait's next timer; on a tie the agent answering goes first, then the offer, then the message. */
export function nextQueueWaitTimer(wait: QueueWait | undefined): QueueWaitTimer | null {
  if (!wait) return null;
  let best: QueueWaitTimer | null = null;
  const offer = (at: number | null, what: QueueWaitTimer['what']) => {
    if (at !== null && (best === null || at < best.at)) best = { at, what };
  };
  offer(wait.answerAt, 'answer');
  offer(wait.offerAt, 'offer');
  offer(wait.nextMessageAt, 'message');
  return best;
}

export const QUEUE_WAIT_MINUTE_MS = MINUTE_MS;
