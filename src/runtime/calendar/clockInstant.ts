import type { ConversationState } from '../conversationState';
import { zonedInstant } from './zonedInstant';

/** The real instant (ms since the epoch) the conversation's virtual clock shows, or null when the scene gave no start. */
export function clockInstant(state: Pick<ConversationState, 'clock' | 'now'>): number | null {
  if (!state.clock) return null;
  return zonedInstant(state.clock.startAt, state.clock.timeZone) + state.now;
}
