import type { EffectType, Flow } from '../schema';
import type { ConversationState } from './conversationState';
import type { Effect, EffectFields } from './effects';
import type { FlowIndex } from './indexFlow';
import { trackOwnership, type PendingEffect } from './ownership/trackOwnership';

/**
 * One start/dispatch in progress: the state being changed, the effects emitted so far and the
 * step budget. Executors receive it; nothing else is shared between turns.
 */
export interface Turn {
  readonly flow: Flow;
  readonly index: FlowIndex;
  readonly state: ConversationState;
  readonly effects: Effect[];
  emit<T extends EffectType>(type: T, fields: EffectFields[T], nodeId?: string): void;
  /** Node steps taken in this turn, against maxSteps. */
  steps: number;
  readonly maxSteps: number;
  /** When the trigger that started the current walk fired (task due times count from it). */
  triggerAt: number;
  /** Set by a runtime_error: the turn stops where it is. */
  halted: boolean;
}

/** Told of each effect right after it is emitted, with the state as it is then (see RuntimeOptions.onEffect). */
export type EffectObserver = (effect: Effect, state: Readonly<ConversationState>) => void;

export function createTurn(flow: Flow, index: FlowIndex, state: ConversationState, firstSeq: number, maxSteps: number, onEffect?: EffectObserver): Turn {
  const effects: Effect[] = [];
  const turn: Turn = {
    flow,
    index,
    state,
    effects,
    steps: 0,
    maxSteps,
    triggerAt: state.now,
    halted: false,
    emit(type, fields, nodeId) {
      // A move of ownership made before this effect is reported first (trackOwnership emits it).
      if (type !== 'ownership_changed') trackOwnership(turn, { type, ...fields, ...(nodeId !== undefined ? { nodeId } : {}) } as PendingEffect);
      const effect = { seq: firstSeq + effects.length, at: state.now, type, ...(nodeId !== undefined ? { nodeId } : {}), ...fields };
      effects.push(effect as unknown as Effect);
      onEffect?.(effect as unknown as Effect, state);
    },
  };
  return turn;
}

/** Stops the turn with a runtime_error effect. */
export function haltTurn(turn: Turn, message: string, nodeId?: string): void {
  turn.emit('runtime_error', { message }, nodeId);
  turn.halted = true;
}

/** Ends the conversation: nothing but task timers runs after this. */
export function endConversation(turn: Turn, reason: string, nodeId?: string): void {
  const s = turn.state;
  turn.emit('conversation_ended', { reason }, nodeId);
  s.endedReason = reason;
  s.handover = null;
  s.pausedUntil = null;
  s.pauseNodeId = null;
}
