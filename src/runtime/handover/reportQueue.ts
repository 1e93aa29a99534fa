import type { Turn } from '../turn';

/**
 * The provider reports the queue: Twilio <Enqueue> sends QueuePosition and AvgQueueTime to its
 * waitUrl, Zendesk's widget shows the queue position; the next waiting message uses what it said.
 */
export function reportQueue(turn: Turn, position: number, waitMinutes: number | undefined): void {
  const handover = turn.state.handover;
  if (!handover || handover.phase !== 'queued' || !handover.wait) return;
  handover.wait = {
    ...handover.wait,
    position,
    reportedAt: turn.state.now,
    reportedWaitMs: waitMinutes === undefined ? null : waitMinutes * 60_000,
    // A reported position replaces the rehearsal's even march; its answer time still stands.
  };
}
