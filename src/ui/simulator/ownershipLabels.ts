import type { Ownership } from '../../runtime';

/** Who owns the conversation, as the Simulator names it (lane, transcript, table). */
export const OWNERSHIP_LABELS: Record<Ownership, string> = {
  bot: 'Bot',
  pending: 'Pending',
  person: 'Person',
  standby: 'Standby',
};

/** What each owner means, for the lane's legend and the table. */
export const OWNERSHIP_HINTS: Record<Ownership, string> = {
  bot: 'the bot may speak',
  pending: 'waiting for a person',
  person: 'an agent has the conversation',
  standby: 'another app owns the thread; the bot only listens',
};

const REASONS: Record<string, string> = {
  handover_requested: 'handover requested',
  accepted: 'agent accepted',
  answered: 'call answered',
  thread_passed: 'thread passed to the Page Inbox',
  busy: 'busy',
  no_answer: 'no answer',
  rejected: 'rejected',
  no_agents: 'no agents',
  timeout: 'queue timeout',
  resolved: 'agent resolved',
  released: 'agent released',
  idle: 'idle hand back',
  bot_resumed: 'bot resumed',
};

/** A reason from an ownership_changed effect in words; unknown reasons show as they are. */
export function describeOwnershipReason(reason: string): string {
  return REASONS[reason] ?? reason.replace(/_/g, ' ');
}
