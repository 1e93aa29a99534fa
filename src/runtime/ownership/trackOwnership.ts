import type { Effect } from '../effects';
import type { Turn } from '../turn';
import { ownershipOf, type Ownership } from './ownershipOf';

const MINUTE_MS = 60_000;

/** An effect about to be emitted: its type and fields, before it has a number and a time. */
export type PendingEffect = { [K in Effect['type']]: Omit<Extract<Effect, { type: K }>, 'seq' | 'at'> }[Effect['type']];

/** Why ownership moved, read off the effect that reports the move; null for effects that report none. */
function reasonOf(effect: PendingEffect): string | null {
  switch (effect.type) {
    case 'handover':
      return 'handover_requested';
    case 'handover_outcome':
      return effect.outcome;
    case 'agent_joined':
      return 'accepted';
    case 'conversation_resolved':
      return 'resolved';
    case 'conversation_released':
      return effect.by === 'idle' ? 'idle' : 'released';
    case 'bot_resumed':
      return 'bot_resumed';
    default:
      return null;
  }
}

/**
 * The effect that explains a move: the one about to be emitted (code changes the state, then emits
 * the effect that reports it), else the latest one since the last check (a handover is emitted
 * before the wait it starts is recorded).
 */
function explain(turn: Turn, incoming: PendingEffect | null): { reason: string; nodeId?: string } {
  if (incoming && reasonOf(incoming)) return { reason: reasonOf(incoming)!, nodeId: incoming.nodeId };
  for (let i = turn.effects.length - 1; i >= 0 && turn.effects[i].type !== 'ownership_changed'; i--) {
    const reason = reasonOf(turn.effects[i]);
    if (reason) return { reason, nodeId: turn.effects[i].nodeId };
  }
  return { reason: incoming?.type ?? 'changed', nodeId: turn.state.handover?.nodeId };
}

/** When a person or app that owns the conversation hands it back for silence, or null (no setting, or a call). */
function idleDeadline(turn: Turn): number | null {
  const s = turn.state;
  if (!s.handover || s.handover.phase !== 'connected' || s.handover.destination === 'voice') return null;
  const node = turn.index.nodes.get(s.handover.nodeId);
  const minutes = node?.type === 'handover' ? node.data.handBackAfterIdleMinutes : undefined;
  return minutes ? s.now + minutes * MINUTE_MS : null;
}

/** Someone spoke while a person owns the conversation: the idle hand back counts again from now. */
function isActivity(effect: PendingEffect | null): boolean {
  return effect !== null && (effect.type === 'agent_says' || (effect.type === 'ignored' && effect.event === 'user_message'));
}

/**
 * Keeps `state.ownership` in step with the rest of the state and reports every move as an
 * `ownership_changed` effect. Called before each effect is emitted and once at the end of a turn,
 * so no executor has to remember to: whatever sets or clears the handover moves ownership. An ended
 * conversation keeps the owner it ended with.
 */
export function trackOwnership(turn: Turn, incoming: PendingEffect | null): void {
  const s = turn.state;
  // States stored before ownership was explicit (a server's older rows) take the derived owner silently.
  s.ownership ??= ownershipOf(s);
  s.handBackAt ??= null;
  if (s.endedReason !== null) {
    s.handBackAt = null;
    return;
  }
  const from: Ownership = s.ownership;
  const to = ownershipOf(s);
  if (from !== to) {
    const { reason, nodeId } = explain(turn, incoming);
    s.ownership = to;
    s.handBackAt = idleDeadline(turn);
    turn.emit('ownership_changed', { from, to, reason }, nodeId);
  } else if (s.handBackAt !== null && isActivity(incoming)) {
    s.handBackAt = idleDeadline(turn);
  }
}
