import { CHANNEL_LABELS, DESTINATION_LABELS, NODE_KINDS, type Flow, type InputEvent } from '../../schema';
import type { Effect, Scenario } from '../../runtime';
import { formatClock } from './formatClock';
import { describeOwnershipReason, OWNERSHIP_LABELS } from './ownershipLabels';
import { staffName } from './staffName';
import type { TimelineItem } from './timelineItem';

export type LineRole = 'user' | 'bot' | 'agent' | 'queue' | 'system' | 'note' | 'warning' | 'error';

/** One line of the transcript: who speaks, what, and when (virtual time). */
export interface TranscriptLine {
  role: LineRole;
  text: string;
  at: number;
}

const SCENARIOS: Record<Scenario, string> = {
  human_requested: 'Human requested',
  knowledge_gap: 'Knowledge gap',
  repeated_failure: 'Repeated failure',
  sensitive_topic: 'Sensitive topic',
  conversation_start: 'Conversation start',
};

const OUTCOMES: Record<string, string> = { answered: 'answered', busy: 'busy', no_answer: 'no answer', rejected: 'rejected' };

function portLabel(flow: Flow, nodeId: string | undefined, port: string): string {
  const node = flow.nodes.find((n) => n.id === nodeId);
  if (!node) return port;
  const kind = NODE_KINDS[node.type] as { ports: (d: unknown) => readonly { id: string; label: string }[] };
  return kind.ports(node.data).find((p) => p.id === port)?.label ?? port;
}

function describeInput(event: InputEvent, at: number, auto: boolean): TranscriptLine | null {
  const system = (text: string, role: LineRole = 'system') => ({ role, text, at });
  switch (event.type) {
    case 'user_message':
      return { role: 'user', text: event.text, at };
    case 'ai_no_answer':
      return system('The AI has no answer', 'note');
    case 'ai_answer_failed':
      return system('The answer did not help', 'note');
    case 'advance':
      return system(`Clock moved forward to ${formatClock(at + event.ms)}`, 'note');
    case 'transfer_outcome':
      return system(auto ? `The transfer meets: ${OUTCOMES[event.outcome]} (from the scene)` : `The transfer meets: ${OUTCOMES[event.outcome]}`, 'note');
    case 'agents_available':
      return system(event.available ? 'Agents are available now' : 'No agents are available now', 'note');
    case 'business_hours':
      return system(event.open ? 'Business hours: open' : 'Business hours: closed', 'note');
    case 'agent_decline':
      return system('The agent declined the conversation', 'note');
    case 'queue_timeout':
      return system('The queue wait expired', 'note');
    case 'user_left':
      return system('The user hangs up', 'note');
    case 'queue_update':
      return system(`The queue reports position ${event.position}${event.waitMinutes !== undefined ? `, about ${event.waitMinutes} min to wait` : ''}`, 'note');
    case 'queue_result':
      return system(`The call leaves the Twilio queue: QueueResult ${event.result}${auto ? ' (after the <Leave/>)' : ''}`, 'note');
    default:
      // Accept, reply and resolve show as the effects they cause.
      return null;
  }
}

function describeEffectLine(flow: Flow, e: Effect): TranscriptLine {
  const line = (role: LineRole, text: string): TranscriptLine => ({ role, text, at: e.at });
  switch (e.type) {
    case 'conversation_started':
      return line('system', `${CHANNEL_LABELS[e.channel]} conversation started`);
    case 'trigger_fired':
      return line('system', `Scenario fired: ${SCENARIOS[e.scenario]}${e.matched ? ` (matched “${e.matched}”${e.because ? `, ${e.because}` : ''})` : ''}`);
    case 'retry':
      return line('note', `Retry ${e.count} of ${e.max}`);
    case 'bot_says':
      return line('bot', e.text);
    case 'message_suppressed':
      return line('warning', `Not sent: “${e.text}” — ${e.reason}`);
    case 'pause':
      return line('note', `Pause ${e.seconds} s`);
    case 'handover':
      return line('system', `Handover to ${DESTINATION_LABELS[e.destination]}`);
    case 'headers_dropped':
      return line('warning', `SIP headers dropped: ${e.headers.map((h) => h.name).join(', ')}`);
    case 'handover_rejected':
      return line('error', `Handover rejected: ${e.reason}`);
    case 'handover_outcome':
      return line(e.connected ? 'system' : 'warning', `Outcome: ${portLabel(flow, e.nodeId, e.port)}${e.connected ? '' : ' (nothing connected to this port)'}`);
    case 'left_unassigned':
      return line('system', 'Waiting in Live chat → Unassigned');
    case 'assigned':
      return line('system', `Assigned to ${staffName(flow, e.staffId)}`);
    case 'assign_skipped':
      return line('note', `Assignment skipped: ${e.reason}`);
    case 'tag_added':
      return line('system', `Tag added: ${e.tag}`);
    case 'task_created':
      return line('system', `Task created: “${e.title}”, due ${formatClock(e.dueAt)}`);
    case 'task_due':
      return line('system', `Task due: “${e.title}”`);
    case 'staff_notified':
      return line('note', `${staffName(flow, e.staffId)} notified (${e.reason === 'task_assigned' ? 'task' : 'conversation'} assigned)`);
    case 'notification_skipped':
      return line('note', `${staffName(flow, e.staffId)} not notified: ${e.because === 'setting_off' ? 'notifications are off' : 'not on the staff list'}`);
    case 'bot_paused':
      return line('system', `Bot paused until ${formatClock(e.until)}`);
    case 'bot_resumed':
      return line('system', 'Bot resumed');
    case 'agent_joined':
      return line('system', `${staffName(flow, e.staffId)} joined the conversation`);
    case 'agent_says':
      return line('agent', e.text);
    case 'conversation_resolved':
      return line('system', 'Resolved: the conversation is back with the bot');
    case 'call_dropped':
      return line('error', `Call dropped: ${e.reason}`);
    case 'conversation_ended':
      return line('system', `Conversation ended: ${e.reason}`);
    case 'ignored':
      return line('note', `Ignored: ${e.reason}`);
    case 'runtime_error':
      return line('error', `Runtime error: ${e.message}`);
    case 'agent_context':
      return line(e.limit !== null && e.size > e.limit ? 'error' : 'note', `Context for the agent: ${e.entries.map((x) => x.key).join(', ') || 'nothing'} (${e.size}${e.limit !== null ? ` of ${e.limit}` : ''})${e.whisper ? '; the agent hears the summary first (warm transfer)' : ''}`);
    case 'waiting_message':
      return line('queue', e.text);
    case 'callback_offered':
      return line('queue', e.text);
    case 'callback_accepted':
      return line('system', `Callback accepted (“${e.matched}”): the user leaves the queue`);
    case 'queue_abandoned':
      return line('warning', `The user left the queue after ${(e.waitedMs / 60_000).toFixed(1).replace(/\.0$/, '')} min at position ${e.position}`);
    case 'ownership_changed':
      return line('system', `Owner: ${OWNERSHIP_LABELS[e.from]} → ${OWNERSHIP_LABELS[e.to]} (${describeOwnershipReason(e.reason)})`);
    case 'conversation_released':
      return line('system', e.by === 'idle' ? 'Idle: nobody wrote, so the conversation is back with the bot' : 'Released: the agent gave the conversation back to the bot');
    case 'voicemail_started':
      return line('system', `Voicemail: the caller records a message (up to ${e.maxLengthSeconds} s${e.transcribe ? ', transcribed' : ''}); the call ends after it`);
    case 'ticket_created':
      return line('system', `Zendesk ticket created: “${e.subject}”`);
    case 'callback_requested':
      return line('system', `Callback booked on ${e.number}${e.request ? ' (Zendesk callback request)' : ''}`);
    case 'wait_twiml':
      return line('queue', e.leaving ? 'The caller leaves the Twilio queue (<Leave/>)' : `The caller hears: ${e.said.join(' ') || 'hold music'}`);
  }
}

/** The transcript line for a timeline item, or null for items the transcript does not show. */
export function describeItem(flow: Flow, item: TimelineItem): TranscriptLine | null {
  if (item.kind === 'effect') return describeEffectLine(flow, item.effect);
  if (item.kind === 'input') return describeInput(item.event, item.at, item.auto ?? false);
  return null;
}
