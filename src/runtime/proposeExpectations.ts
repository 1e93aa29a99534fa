import type { EffectType, Expectation } from '../schema';
import { effectFacts, SIP_HEADER_PREFIX, type Scalar } from './effectFacts';
import type { Effect } from './effects';
import { fieldsOf } from './expectationFields';

/** Effects whose moment is the point of them: their expectation pins `at`. */
const TIMED: ReadonlySet<EffectType> = new Set(['bot_resumed', 'task_due', 'call_dropped']);

/** Start-up noise every run has. */
const SKIPPED: ReadonlySet<EffectType> = new Set(['conversation_started']);

/**
 * The fields of one effect worth pinning: the catalogue's key fields it has (a voice handover has
 * `to` but no `department`), and for a SIP transfer every header Twilio will send, so a changed
 * address or a lost header fails the case. Seq, node ids and whole provider requests stay out: they
 * change with harmless edits and would make tests brittle.
 */
function keyMatch(effect: Effect): Record<string, Scalar> {
  const facts = effectFacts(effect);
  const match: Record<string, Scalar> = {};
  for (const field of fieldsOf(effect.type)) {
    if (field.key && field.path in facts) match[field.path] = facts[field.path];
  }
  for (const [name, value] of Object.entries(facts)) {
    if (name.startsWith(SIP_HEADER_PREFIX)) match[name] = value;
  }
  if (effect.type === 'headers_dropped' && effect.headers.length > 0) match.headers = effect.headers[0].name;
  return match;
}

/**
 * Expectations that a log, as it is now, satisfies: the simulator's "Save as test case". One per
 * meaningful effect, in order, matching on the fields that carry its meaning.
 */
export function proposeExpectations(log: readonly Effect[]): Expectation[] {
  return log
    .filter((effect) => !SKIPPED.has(effect.type))
    .map((effect) => ({ effect: effect.type, match: keyMatch(effect), absent: false, ...(TIMED.has(effect.type) ? { at: effect.at } : {}) }));
}
