import type { ConversationState } from '../conversationState';

/**
 * Who owns the conversation:
 * - `bot`: the bot may speak;
 * - `pending`: handed over, waiting for a person (a queue, or a voice transfer ringing);
 * - `person`: an agent has it (live chat, Zendesk, a transferred call);
 * - `standby`: another app owns the thread and the bot only listens (Messenger: the Page Inbox owns
 *   it and the bot receives `standby` webhook events until thread control comes back).
 */
export const OWNERSHIPS = ['bot', 'pending', 'person', 'standby'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** The owner the rest of the state implies: derived from the handover in progress. */
export function ownershipOf(s: Readonly<ConversationState>): Ownership {
  const handover = s.handover;
  if (!handover) return 'bot';
  if (handover.phase !== 'connected') return 'pending';
  return handover.destination === 'messenger' ? 'standby' : 'person';
}
