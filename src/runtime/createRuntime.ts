import { inputEventSchema, sceneSchema, type Flow, type InputEvent } from '../schema';
import type { Diagnostic } from '../rules/diagnostic';
import { validateFlow } from '../rules/validateFlow';
import { copyConversationState, createConversationState, settleConversationState, type ConversationState } from './conversationState';
import type { Effect } from './effects';
import { handleEvent } from './handleEvent';
import { indexFlow, type FlowIndex } from './indexFlow';
import { nextTimerAt, runTimers } from './runTimers';
import { trackOwnership } from './ownership/trackOwnership';
import { findTrigger } from './triggers/findTrigger';
import { fireTrigger } from './triggers/fireTrigger';
import { createTurn, type EffectObserver, type Turn } from './turn';
import type * as z from 'zod/mini';

export type SceneInput = z.input<typeof sceneSchema>;

export interface RuntimeOptions {
  /** Node steps allowed in one start/dispatch before it stops with a runtime_error. */
  maxStepsPerTurn?: number;
  /**
   * Called right after each effect is emitted, with the conversation as it is at that moment:
   * executors change the state, then emit the effect that reports the change. For tools that show
   * a turn step by step (the Simulator); snapshot with snapshotConversationState, since the state
   * keeps changing until the turn ends. Production runs leave it out.
   */
  onEffect?: EffectObserver;
  /**
   * Continues a conversation kept elsewhere (the server stores state and log between requests):
   * the runtime starts from this state, and its first effect is numbered `nextSeq`. `log` then
   * holds only the effects of this runtime's own turns.
   */
  resume?: { state: ConversationState; nextSeq: number };
  /**
   * The caller has already validated this very flow object and it had no errors (the server checks
   * each stored version once when it loads it), so the runtime skips the validator (about 1 ms a
   * turn on a large flow). Leave it out whenever that is not certain.
   */
  validated?: boolean;
  /**
   * This very flow's index (`indexFlow(flow)`), kept by a caller that runs many turns of one flow
   * (the server builds one per stored version); built here when left out.
   */
  index?: FlowIndex;
}

/** One conversation on one flow. Deterministic: same flow, scene and events → same log. */
export interface Runtime {
  /** The conversation now: a new plain object after every start/dispatch. */
  readonly state: ConversationState;
  /** Every effect so far, in order (append-only). */
  readonly log: readonly Effect[];
  /** Starts the conversation in a scene; returns the effects of this turn. */
  start(scene?: SceneInput): Effect[];
  /** Applies one input event; returns the effects of this turn. Never throws. */
  dispatch(event: InputEvent): Effect[];
  /** When the next timer (bot resumes, queue timeout, dial timeout, task due) falls, or null. */
  nextTimerAt(): number | null;
}

export type CreateRuntimeResult = { ok: true; runtime: Runtime } | { ok: false; diagnostics: Diagnostic[] };

export const DEFAULT_MAX_STEPS_PER_TURN = 10_000;

/** A runtime for a flow, or the validation errors that keep the flow from running. */
export function createRuntime(flow: Flow, options: RuntimeOptions = {}): CreateRuntimeResult {
  if (!options.validated) {
    const errors = validateFlow(flow).filter((d) => d.severity === 'error');
    if (errors.length > 0) return { ok: false, diagnostics: errors };
  }

  const index = options.index ?? indexFlow(flow);
  const maxSteps = Math.max(1, options.maxStepsPerTurn ?? DEFAULT_MAX_STEPS_PER_TURN);
  const log: Effect[] = [];
  const firstSeq = Math.max(1, options.resume?.nextSeq ?? 1);
  let state = options.resume ? copyConversationState(options.resume.state) : createConversationState();

  function runTurn(body: (turn: Turn) => void): Effect[] {
    const draft = copyConversationState(state);
    const turn = createTurn(flow, index, draft, firstSeq + log.length, maxSteps, options.onEffect);
    try {
      body(turn);
      if (!turn.halted) runTimers(turn, draft.now);
      trackOwnership(turn, null);
    } catch (error) {
      turn.emit('runtime_error', { message: `Internal error: ${error instanceof Error ? error.message : String(error)}` });
    }
    settleConversationState(draft);
    state = draft;
    for (const effect of turn.effects) log.push(effect);
    return turn.effects;
  }

  const runtime: Runtime = {
    get state() {
      return state;
    },
    get log() {
      return log;
    },
    start(sceneInput = {}) {
      if (state.started) return runTurn((turn) => turn.emit('ignored', { event: 'start', reason: 'The conversation has already started.' }));
      const scene = sceneSchema.safeParse(sceneInput);
      if (!scene.success) {
        return runTurn((turn) => turn.emit('runtime_error', { message: `Invalid scene: ${scene.error.issues[0]?.message ?? 'unknown'}` }));
      }
      state = createConversationState(scene.data);
      return runTurn((turn) => {
        turn.emit('conversation_started', { channel: scene.data.channel });
        const match = findTrigger(index, 'trigger_conversation_start');
        if (match) fireTrigger(turn, match);
      });
    },
    dispatch(event) {
      const parsed = inputEventSchema.safeParse(event);
      if (!parsed.success) {
        const path = parsed.error.issues[0]?.path.join('.') ?? '';
        return runTurn((turn) => turn.emit('runtime_error', { message: `Invalid event${path ? ` at ${path}` : ''}: ${parsed.error.issues[0]?.message}` }));
      }
      if (!state.started) {
        return runTurn((turn) => turn.emit('ignored', { event: parsed.data.type, reason: 'The conversation has not started: call start(scene) first.' }));
      }
      return runTurn((turn) => handleEvent(turn, parsed.data));
    },
    nextTimerAt: () => nextTimerAt(state),
  };
  return { ok: true, runtime };
}
