import type { Turn } from '../turn';
import { resolveByAgent } from './resolveByAgent';

/**
 * The idle hand back's timer (state.handBackAt, set by trackOwnership from the handover's
 * handBackAfterIdleMinutes): nobody wrote for that long, so the person is taken to be done and the
 * flow goes on from Resolved, as if the agent had released the conversation.
 */
export function handBackIdle(turn: Turn): void {
  const s = turn.state;
  s.handBackAt = null;
  if (s.endedReason !== null || s.handover?.phase !== 'connected') return;
  resolveByAgent(turn, 'idle');
}
