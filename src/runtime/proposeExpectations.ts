import type { EffectType, Expectation } from '../schema';
import type { Effect } from './effects';

/** The fields that say what an effect means; the rest (seq, nodeId, full requests) would make tests brittle. */
const KEY_FIELDS: Partial<Record<EffectType, readonly string[]>> = {
  trigger_fired: ['scenario'],
  retry: ['count', 'max'],
  bot_says: ['text'],
  message_suppressed: ['text'],
  pause: ['seconds'],
  handover: ['destination'],
  handover_outcome: ['outcome', 'port'],
  left_unassigned: ['queue'],
  assigned: ['staffId'],
  assign_skipped: ['currentAssigneeId'],
  tag_added: ['tag'],
  task_created: ['title', 'assigneeId', 'dueAt'],
  task_due: ['taskId'],
  staff_notified: ['staffId', 'reason'],
  notification_skipped: ['staffId', 'reason'],
  bot_paused: ['until'],
  agent_joined: ['staffId'],
  agent_says: ['text'],
  ignored: ['event'],
};

/** Effects whose moment is the point of them: their expectation pins `at`. */
const TIMED: ReadonlySet<EffectType> = new Set(['bot_resumed', 'task_due', 'call_dropped']);

/** Start-up noise every run has. */
const SKIPPED: ReadonlySet<EffectType> = new Set(['conversation_started']);

type Scalar = string | number | boolean | null;
const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * Expectations that a log, as it is now, satisfies: the simulator's "Save as test case". One per
 * meaningful effect, in order, matching on the fields that carry its meaning.
 */
export function proposeExpectations(log: readonly Effect[]): Expectation[] {
  return log
    .filter((effect) => !SKIPPED.has(effect.type))
    .map((effect) => {
      const record = effect as unknown as Record<string, unknown>;
      const match: Record<string, Scalar> = {};
      for (const field of KEY_FIELDS[effect.type] ?? []) {
        if (isScalar(record[field])) match[field] = record[field];
      }
      if (effect.type === 'headers_dropped' && effect.headers.length > 0) match.headers = effect.headers[0].name;
      return { effect: effect.type, match, absent: false, ...(TIMED.has(effect.type) ? { at: effect.at } : {}) };
    });
}
