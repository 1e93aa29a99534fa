import type { InputEvent } from '../../schema';
import type { ConversationState } from '../conversationState';

/**
 * What a ringing voice transfer meets when the script does not say (the Simulator, the Tests tab,
 * runScript): the scene's transferOutcome, or, with nobody there to answer (no agent, or the line
 * closed), the clock moved to the <Dial> timeout, where Twilio reports no-answer. Null when no
 * voice transfer is ringing. A caller the flow takes out of a Twilio queue meets QueueResult leave.
 */
export function autoVoiceFeed(state: Readonly<ConversationState>): InputEvent | null {
  const h = state.handover;
  // A caller the flow takes out of a Twilio queue: Twilio reports QueueResult leave after <Leave/>.
  if (h?.destination === 'voice' && h.phase === 'queued' && h.wait?.leaveBy) return { type: 'queue_result', result: 'leave' };
  if (h?.destination !== 'voice' || h.phase !== 'ringing') return null;
  if (h.ringsOut && h.timeoutAt !== null) return { type: 'advance', ms: Math.max(0, h.timeoutAt - state.now) };
  return { type: 'transfer_outcome', outcome: state.transferOutcome };
}
