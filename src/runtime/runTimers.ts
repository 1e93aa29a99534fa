import type { ConversationState } from './conversationState';
import { finishVoiceTransfer } from './handover/finishVoiceTransfer';
import { queueTimedOut } from './handover/queueTimedOut';
import { handBackIdle } from './handover/handBackIdle';
import { fireQueueWait } from './handover/fireQueueWait';
import { nextQueueWaitTimer, type QueueWaitTimer } from './handover/queueWait';
import type { Turn } from './turn';
import { continueFrom } from './walkFrom';

type PendingTimer = { at: number; kind: 'resume' } | { at: number; kind: 'handover' } | { at: number; kind: 'task'; task: number } | { at: number; kind: 'queue_wait'; timer: QueueWaitTimer } | { at: number; kind: 'hand_back' };

/** The earliest pending timer; on a tie the bot resuming goes first, then the handover, then tasks. */
function earliestTimer(s: ConversationState): PendingTimer | null {
  let best: PendingTimer | null = null;
  const offer = (timer: PendingTimer) => {
    if (best === null || timer.at < best.at) best = timer;
  };
  if (s.pausedUntil !== null) offer({ at: s.pausedUntil, kind: 'resume' });
  if (s.handover && s.handover.timeoutAt !== null) offer({ at: s.handover.timeoutAt, kind: 'handover' });
  // The idle hand back (a state stored before it existed has no handBackAt at all).
  if (typeof s.handBackAt === 'number') offer({ at: s.handBackAt, kind: 'hand_back' });
  // After the queue timeout on a tie: a user who times out hears no "you are number 1" first.
  const wait = s.handover?.phase === 'queued' ? nextQueueWaitTimer(s.handover.wait) : null;
  if (wait) offer({ at: wait.at, kind: 'queue_wait', timer: wait });
  s.contact.tasks.forEach((t, task) => {
    if (!t.due) offer({ at: t.dueAt, kind: 'task', task });
  });
  return best;
}

/** When the next timer is due, or null: what "fast-forward to the next timer" jumps to. */
export function nextTimerAt(s: ConversationState): number | null {
  return earliestTimer(s)?.at ?? null;
}

function fire(turn: Turn, timer: PendingTimer): void {
  const s = turn.state;
  if (timer.kind === 'resume') {
    // "The bot becomes active again automatically once the timer ends" (product page): it owns
    // the conversation again, so a handover still open is over for the bot (rule botTalksOver
    // agrees: a message after the Resumed port is allowed).
    const nodeId = s.pauseNodeId;
    s.pausedUntil = null;
    s.pauseNodeId = null;
    s.handover = null;
    turn.emit('bot_resumed', {}, nodeId ?? undefined);
    if (nodeId) continueFrom(turn, nodeId, 'resumed');
  } else if (timer.kind === 'handover') {
    // <Dial timeout> expiring is Twilio's no-answer; a queue wait expiring is the queue timeout.
    if (s.handover?.phase === 'ringing') finishVoiceTransfer(turn, 'no_answer');
    else queueTimedOut(turn);
  } else if (timer.kind === 'hand_back') {
    handBackIdle(turn);
  } else if (timer.kind === 'queue_wait') {
    fireQueueWait(turn, timer.timer);
  } else {
    const task = s.contact.tasks[timer.task];
    task.due = true;
    turn.emit('task_due', { taskId: task.id, title: task.title, dueAt: task.dueAt });
  }
}

/**
 * Fires every timer due up to `until` in time order, each at its own time (one already overdue,
 * e.g. passed during a Pause step, fires at the current time), then sets the clock to `until`.
 */
export function runTimers(turn: Turn, until: number): void {
  const s = turn.state;
  for (let guard = 0; guard <= turn.maxSteps && !turn.halted; guard++) {
    const timer = earliestTimer(s);
    if (timer === null || timer.at > until) break;
    s.now = Math.max(s.now, timer.at);
    fire(turn, timer);
  }
  s.now = Math.max(s.now, until);
}
