import type { VoiceQueue, Waiting } from '../../schema';
import { interpolate } from '../interpolate';
import { formatEstimatedWait, queueStatusAt, type QueueWait } from '../handover/queueWait';
import { escapeXml } from './escapeXml';
import { QUEUE_GATHER_URL_PLACEHOLDER } from './buildTwilioEnqueue';

const MINUTE_MS = 60_000;
/** Twilio re-requests the wait URL when its TwiML runs out, a little after the pause; this much early still counts as due. */
const DUE_SLACK_MS = 5_000;
/** Each wait document lasts at most this long, so a new position or a decision is heard within a minute. */
const MAX_PAUSE_SECONDS = 60;

export const LEAVE_TWIML = '<Response><Leave/></Response>';

export interface QueueWaitAnswer {
  twiml: string;
  /** What the caller hears, in order (the waiting message, the callback offer). */
  said: string[];
  leaving: boolean;
  /** The wait as it stands once this answer is given (spokenAt, offerSpoken updated). */
  wait: QueueWait;
}

interface WaitInput {
  queue: VoiceQueue;
  waiting: Waiting | undefined;
  wait: QueueWait;
  since: number;
  deadline: number | null;
  now: number;
  variables: Readonly<Record<string, string>>;
}

/**
 * What a caller waiting in a Twilio queue hears next: the TwiML the wait URL answers with (TwiML
 * <Enqueue>: the waitUrl document may use <Say>, <Play>, <Pause>, <Gather> with dtmf or speech,
 * <Leave> …; Twilio requests it again when it runs out).
 * - The flow decided to take the caller out (callback accepted, longest wait reached): <Leave/>.
 * - The waiting message, every `everyMinutes` (not at the very start, as in chat), with
 *   {{queue_position}} and {{estimated_wait}} from QueuePosition and AvgQueueTime.
 * - Once the callback offer is due: the offer inside a <Gather input="dtmf speech"> that posts the
 *   key pressed or the words said, first when it falls due and then with each waiting message.
 * - Then hold music (<Play>) or a <Pause> until the next thing is due, at most a minute.
 */
export function buildQueueWaitTwiml({ queue, waiting, wait, since, deadline, now, variables }: WaitInput): QueueWaitAnswer {
  if (wait.leaveBy) return { twiml: LEAVE_TWIML, said: [], leaving: true, wait };
  const verbs: string[] = [];
  const said: string[] = [];
  let next = { ...wait };
  const every = waiting ? waiting.everyMinutes * MINUTE_MS : null;
  const messageDue = every !== null && now - (wait.spokenAt ?? since) >= every - DUE_SLACK_MS;
  if (waiting && messageDue) {
    const { position, estimateMs } = queueStatusAt(wait, now);
    const text = interpolate(waiting.message, { ...variables, queue_position: String(position), estimated_wait: formatEstimatedWait(estimateMs) });
    verbs.push(`<Say>${escapeXml(text)}</Say>`);
    said.push(text);
    next = { ...next, spokenAt: now };
  }
  const offered = waiting !== undefined && waiting.offerCallbackAfterMinutes !== null && wait.offerAt === null;
  if (waiting && offered && (messageDue || !wait.offerSpoken)) {
    const offer = interpolate(waiting.callbackOffer, variables);
    const hints = waiting.callbackPhrases.filter((p) => p.trim() !== '').join(', ');
    verbs.push(
      `<Gather input="dtmf speech" numDigits="1" timeout="5" action="${QUEUE_GATHER_URL_PLACEHOLDER}" method="POST"${hints ? ` hints="${escapeXml(hints)}"` : ''}>` +
        `<Say>${escapeXml(offer)}</Say></Gather>`,
    );
    said.push(offer);
    next = { ...next, offerSpoken: true };
  }
  const upcoming = [every !== null ? (next.spokenAt ?? since) + every : null, deadline, wait.offerAt].filter((t): t is number => t !== null && t > now);
  const seconds = Math.max(1, Math.min(MAX_PAUSE_SECONDS, Math.ceil(((upcoming.length ? Math.min(...upcoming) : now + MAX_PAUSE_SECONDS * 1000) - now) / 1000)));
  verbs.push(queue.holdMusicUrl.trim() ? `<Play>${escapeXml(queue.holdMusicUrl.trim())}</Play>` : `<Pause length="${seconds}"/>`);
  return { twiml: `<Response>${verbs.join('')}</Response>`, said, leaving: false, wait: next };
}
