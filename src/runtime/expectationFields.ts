import type { EffectType, Expectation } from '../schema';
import { SIP_HEADER_PREFIX, type Scalar } from './effectFacts';

/** How a matcher's value is typed: expectations compare with ===, so 1.5 and "1.5" differ. */
export type FieldKind = 'text' | 'number' | 'boolean' | 'text or none';

export interface ExpectationField {
  /** The name an expectation's `match` uses: a fact of effectFacts, or a dot path into the effect. */
  path: string;
  label: string;
  kind: FieldKind;
  /** Proposed by "Save as test case": the field carries the effect's meaning. */
  key?: boolean;
}

const f = (path: string, label: string, kind: FieldKind = 'text', key = true): ExpectationField => ({ path, label, kind, key });
const extra = (path: string, label: string, kind: FieldKind = 'text') => f(path, label, kind, false);

/**
 * The fields a designer can match per effect type, in the order the Tests tab's form offers them.
 * Keys are the effect types the runtime emits; a type missing here still works with any dot path.
 * Which ones are `key` decides what "Save as test case" pins: what the effect does (the destination,
 * its SIP headers, the department, the tag, the due time), not where it sits in the log.
 */
export const EXPECTATION_FIELDS: Partial<Record<EffectType, readonly ExpectationField[]>> = {
  conversation_started: [f('channel', 'Channel')],
  trigger_fired: [f('scenario', 'Scenario'), extra('matched', 'Matched phrase')],
  retry: [f('count', 'Retry number', 'number'), f('max', 'Retries allowed', 'number')],
  bot_says: [f('text', 'Text')],
  message_suppressed: [f('text', 'Text'), extra('reason', 'Reason')],
  pause: [f('seconds', 'Seconds', 'number')],
  handover: [
    f('destination', 'Destination kind'),
    f('to', 'Dialled address (voice)'),
    f('queue', 'Twilio queue (voice)'),
    f('department', 'Zendesk department'),
    f('switchboard', 'Zendesk switchboard integration'),
    f('assignee', 'Live chat assignee', 'text or none'),
    f('metadata', 'Messenger metadata'),
    extra('request.target', 'Voice target (number, sip or queue)'),
    extra('request.body.Twiml', 'TwiML'),
  ],
  headers_dropped: [f('headers', 'A dropped header')],
  handover_rejected: [f('reason', 'Reason')],
  handover_outcome: [f('outcome', 'Outcome'), f('port', 'Port'), extra('connected', 'Port connected', 'boolean')],
  left_unassigned: [f('queue', 'Queue')],
  assigned: [f('staffId', 'Staff member')],
  assign_skipped: [f('currentAssigneeId', 'Current assignee'), extra('reason', 'Reason')],
  tag_added: [f('tag', 'Tag')],
  task_created: [f('title', 'Title'), f('assigneeId', 'Assignee', 'text or none'), f('dueAt', 'Due at (ms)', 'number')],
  task_due: [f('taskId', 'Task'), extra('title', 'Title'), extra('dueAt', 'Due at (ms)', 'number')],
  staff_notified: [f('staffId', 'Staff member'), f('reason', 'Reason')],
  notification_skipped: [f('staffId', 'Staff member'), f('reason', 'Reason'), extra('because', 'Because')],
  bot_paused: [f('until', 'Until (ms)', 'number')],
  agent_joined: [f('staffId', 'Staff member', 'text or none')],
  agent_says: [f('text', 'Text')],
  call_dropped: [extra('reason', 'Reason')],
  conversation_ended: [extra('reason', 'Reason')],
  ignored: [f('event', 'Input'), extra('reason', 'Reason')],
  runtime_error: [extra('message', 'Message')],
  ownership_changed: [f('from', 'Owner before'), f('to', 'Owner after'), f('reason', 'Moved by')],
  conversation_released: [f('by', 'Released by (agent or idle)')],
};

/** Effects as the Tests tab names them; the type id is kept beside it because files use it. */
const EFFECT_NAMES: Partial<Record<EffectType, string>> = {
  conversation_started: 'Conversation started',
  trigger_fired: 'Trigger fired',
  bot_says: 'Bot says',
  message_suppressed: 'Message suppressed',
  handover_outcome: 'Handover outcome',
  headers_dropped: 'SIP headers dropped',
  left_unassigned: 'Left unassigned',
  tag_added: 'Tag added',
  task_created: 'Task created',
  task_due: 'Task due',
  staff_notified: 'Staff notified',
  bot_paused: 'Bot paused',
  bot_resumed: 'Bot resumed',
  agent_says: 'Agent says',
  call_dropped: 'Call dropped',
  runtime_error: 'Runtime error',
};

export function effectLabel(type: EffectType): string {
  return EFFECT_NAMES[type] ?? type.charAt(0).toUpperCase() + type.slice(1).replace(/_/g, ' ');
}

export function fieldsOf(type: EffectType): readonly ExpectationField[] {
  return EXPECTATION_FIELDS[type] ?? [];
}

/** The kind of a matcher's value: the catalogue's, text for SIP headers, else the value it has now. */
export function kindOf(type: EffectType, path: string, current?: Scalar): FieldKind {
  const known = fieldsOf(type).find((field) => field.path === path);
  if (known) return known.kind;
  if (path.startsWith(SIP_HEADER_PREFIX)) return 'text';
  if (typeof current === 'number') return 'number';
  if (typeof current === 'boolean') return 'boolean';
  return current === null ? 'text or none' : 'text';
}

export type ParsedValue = { ok: true; value: Scalar } | { ok: false; message: string };

/** Reads a typed value from the form: "1.5" for a number field, "true"/"false", empty for none. */
export function parseMatchValue(kind: FieldKind, text: string): ParsedValue {
  switch (kind) {
    case 'number': {
      const n = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `“${text}” is not a number.` };
    }
    case 'boolean':
      return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : { ok: false, message: 'Choose true or false.' };
    case 'text or none':
      return { ok: true, value: text === '' ? null : text };
    case 'text':
      return { ok: true, value: text };
  }
}

/** The form's text for a value: null shows as empty (none). */
export const showMatchValue = (value: Scalar): string => (value === null ? '' : String(value));

/** A fresh expectation of a type: its first field, empty, for the designer to fill. */
export function blankExpectation(type: EffectType): Expectation {
  return { effect: type, match: {}, absent: false };
}
