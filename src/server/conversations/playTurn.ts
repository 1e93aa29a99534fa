import { createRuntime, indexFlow, type ConversationState, type Effect, type FlowIndex } from '../../runtime';
import type { Flow, InputEvent } from '../../schema';

/**
 * Each flow's index, built once: the flow registry keeps one parsed, validated object per stored
 * version and never changes it, so the index of that object holds for every turn played on it.
 */
const INDEXES = new WeakMap<Flow, FlowIndex>();
function indexOf(flow: Flow): FlowIndex {
  let index = INDEXES.get(flow);
  if (!index) INDEXES.set(flow, (index = indexFlow(flow)));
  return index;
}

/** The largest step one `advance` event may take (inputEventSchema's bound). */
const MAX_ADVANCE_MS = 365 * 24 * 3600 * 1000;

export interface TurnResult {
  state: ConversationState;
  effects: Effect[];
  /** Virtual ms of the next timer, or null. */
  nextTimerAt: number | null;
}

/**
 * One server turn on a stored conversation: the engine's clock is moved to `clock` (virtual ms:
 * wall time since the conversation started), firing every timer due by then at its own time, and
 * then `event`, if any, is applied. Pure: the same stored state, clock and event give the same
 * result, which is what a replay of the `inputs` table relies on. `flow` is a version the flow
 * registry has validated (checkFlow) when it stored or loaded it, so the engine does not validate it
 * again on every turn.
 */
export function playTurn(flow: Flow, stored: { state: ConversationState; nextSeq: number }, clock: number, event: InputEvent | null): TurnResult {
  const created = createRuntime(flow, { resume: stored, validated: true, index: indexOf(flow) });
  if (!created.ok) throw new Error(`Flow "${flow.id}" has errors: ${created.diagnostics[0]?.message}`);
  const rt = created.runtime;
  while (Math.floor(clock) > rt.state.now) {
    const before = rt.state.now;
    rt.dispatch({ type: 'advance', ms: Math.min(Math.floor(clock) - before, MAX_ADVANCE_MS) });
    if (rt.state.now === before) break; // an internal error stopped the turn: never spin
  }
  if (event) rt.dispatch(event);
  return { state: rt.state, effects: [...rt.log], nextTimerAt: rt.nextTimerAt() };
}

/** Starts a conversation in a scene: the first turn. */
export function startConversation(flow: Flow, scene: unknown): TurnResult {
  const created = createRuntime(flow, { validated: true, index: indexOf(flow) });
  if (!created.ok) throw new Error(`Flow "${flow.id}" has errors: ${created.diagnostics[0]?.message}`);
  const rt = created.runtime;
  rt.start(scene as Parameters<typeof rt.start>[0]);
  return { state: rt.state, effects: [...rt.log], nextTimerAt: rt.nextTimerAt() };
}
