import { sceneSchema, type Flow, type InputEvent, type Scene } from '../../schema';
import { createRuntime, type ConversationState, type Runtime, type SceneInput } from '../../runtime';
import { createConversationState, snapshotConversationState, stateOfSnapshot, type StateSnapshot } from '../../runtime/conversationState';
import type { Diagnostic } from '../../rules/diagnostic';
import { autoVoiceFeed } from '../../runtime/handover/autoVoiceFeed';
import { mergeTurn } from './mergeTurn';
import type { TimelineItem } from './timelineItem';

/**
 * One simulated conversation. The engine is synchronous, so each input runs a whole turn at once;
 * the session keeps the turn as a timeline and reveals it item by item, halting before a node
 * with a breakpoint. Sessions are values: every change returns a new one (the runtime inside is
 * append-only and only ever moves forward with the latest session).
 */
export interface Session {
  /** The document this run uses; when the editor's flow is another object, the run is stale. */
  flow: Flow;
  scene: Scene;
  /** Inputs in order, without the transfer outcomes fed from the scene: a test case's `events`. */
  events: InputEvent[];
  /** As runScript: feed scene.transferOutcome to ringing transfers unless the events give outcomes. */
  autoFeed: boolean;
  /** As runScript: report QueueResult leave after the flow takes a caller out of a Twilio queue, unless the events report it. */
  autoLeave?: boolean;
  runtime: Runtime;
  timeline: TimelineItem[];
  /** How many timeline items are shown. Less than timeline.length while halted. */
  revealed: number;
  /** The state after each turn and where that turn ends in the timeline. */
  checkpoints: { end: number; state: ConversationState }[];
  /**
   * The state right after each effect (by seq), so the side panels follow a turn revealed step by
   * step. Append-only and shared by every version of the session, like the runtime. Snapshots share
   * the visited list (snapshotConversationState), so a runaway turn of 10,000 effects stays small.
   */
  effectStates: ReadonlyMap<number, StateSnapshot>;
}

export type StartResult = { ok: true; session: Session } | { ok: false; diagnostics: Diagnostic[] };

/** A transferred call can reach another voice handover; runScript feeds at most this many. */
const MAX_AUTO_OUTCOMES = 100;

/**
 * Node steps one Simulator turn may take (the CLI and Tests tab allow the runtime's 10,000). A
 * runaway turn shows every step in the transcript and on the canvas, so a tenth of that keeps the
 * page responsive; a real turn takes tens of steps.
 */
export const SIMULATOR_MAX_STEPS_PER_TURN = 1_000;

/**
 * A run halts before entering a node with a breakpoint: at its visit, unless the previous visit
 * was the same node (a handover or a bot pause leaving by its outcome port is not a new entry).
 */
function isHaltPoint(timeline: readonly TimelineItem[], i: number, breakpoints: ReadonlySet<string>): boolean {
  const item = timeline[i];
  if (item?.kind !== 'visit' || !breakpoints.has(item.nodeId)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const previous = timeline[j];
    if (previous.kind === 'visit') return previous.nodeId !== item.nodeId;
  }
  return true;
}

/** Reveals items from `from` until the next breakpoint (not halting at `from` itself when `skipFirst`). */
function revealFrom(timeline: readonly TimelineItem[], from: number, breakpoints: ReadonlySet<string>, skipFirst: boolean): number {
  let i = from;
  if (skipFirst && i < timeline.length) i += 1;
  while (i < timeline.length && !isHaltPoint(timeline, i, breakpoints)) i += 1;
  return i;
}

/** Runs one runtime call and appends its turn (an input item, visits and effects) to the session. */
function runTurn(session: Session, head: TimelineItem, call: (runtime: Runtime) => void): Session {
  const { runtime } = session;
  const visitedBefore = runtime.state.visited.length;
  const logBefore = runtime.log.length;
  call(runtime);
  const turn = mergeTurn(runtime.state.visited.slice(visitedBefore), runtime.log.slice(logBefore));
  const timeline = [...session.timeline, head, ...turn];
  return { ...session, timeline, checkpoints: [...session.checkpoints, { end: timeline.length, state: runtime.state }] };
}

function feedRingingTransfer(session: Session): Session {
  let current = session;
  for (let i = 0; i < MAX_AUTO_OUTCOMES; i++) {
    const event = autoVoiceFeed(current.runtime.state);
    if (event === null || !(event.type === 'queue_result' ? current.autoLeave !== false : current.autoFeed)) break;
    const { now } = current.runtime.state;
    current = runTurn(current, { kind: 'input', event, at: now, auto: true }, (r) => r.dispatch(event));
  }
  return current;
}

/** Starts a conversation on the flow in a scene, or returns the errors that keep the flow from running. */
export function startSession(flow: Flow, sceneInput: SceneInput, breakpoints: ReadonlySet<string>, autoFeed = true, autoLeave = true): StartResult {
  const effectStates = new Map<number, StateSnapshot>();
  const created = createRuntime(flow, {
    maxStepsPerTurn: SIMULATOR_MAX_STEPS_PER_TURN,
    onEffect: (effect, state) => effectStates.set(effect.seq, snapshotConversationState(state)),
  });
  if (!created.ok) return created;
  const scene = sceneSchema.parse(sceneInput);
  const empty: Session = { flow, scene, events: [], autoFeed, autoLeave, runtime: created.runtime, timeline: [], revealed: 0, checkpoints: [], effectStates };
  const started = feedRingingTransfer(runTurn(empty, { kind: 'start', scene, at: 0 }, (r) => r.start(scene)));
  return { ok: true, session: { ...started, revealed: revealFrom(started.timeline, 0, breakpoints, false) } };
}

/** Applies one input (user, agent, clock) and reveals its turn up to the next breakpoint. */
export function sendInput(session: Session, event: InputEvent, breakpoints: ReadonlySet<string>): Session {
  const from = session.timeline.length;
  const ran = runTurn({ ...session, events: [...session.events, event] }, { kind: 'input', event, at: session.runtime.state.now }, (r) => r.dispatch(event));
  const fed = feedRingingTransfer(ran);
  return { ...fed, revealed: revealFrom(fed.timeline, from, breakpoints, false) };
}

/** Reveals one more item. */
export function stepSession(session: Session): Session {
  return { ...session, revealed: Math.min(session.timeline.length, session.revealed + 1) };
}

/** Reveals up to the next breakpoint, or everything. */
export function continueSession(session: Session, breakpoints: ReadonlySet<string>): Session {
  return { ...session, revealed: revealFrom(session.timeline, session.revealed, breakpoints, true) };
}

/** Replays a scene and its events (a test case) with nothing hidden, as runScript would. */
export function replaySession(flow: Flow, scene: SceneInput, events: readonly InputEvent[]): StartResult {
  const none = new Set<string>();
  const started = startSession(flow, scene, none, !events.some((e) => e.type === 'transfer_outcome'), !events.some((e) => e.type === 'queue_result' && e.result === 'leave'));
  if (!started.ok) return started;
  let session = started.session;
  for (const event of events) session = sendInput(session, event, none);
  return { ok: true, session };
}

/** True while part of a turn is still hidden (the run waits at a breakpoint). */
export function isHalted(session: Session): boolean {
  return session.revealed < session.timeline.length;
}

/**
 * The conversation as far as it is revealed: after the last revealed effect of a turn still being
 * stepped through, else after the last fully revealed turn.
 */
export function shownState(session: Session): ConversationState {
  let state: ConversationState | null = null;
  let turnStart = 0;
  for (const checkpoint of session.checkpoints) {
    if (checkpoint.end > session.revealed) break;
    state = checkpoint.state;
    turnStart = checkpoint.end;
  }
  for (let i = session.revealed - 1; i >= turnStart && session.revealed < session.timeline.length; i--) {
    const item = session.timeline[i];
    const during = item.kind === 'effect' ? session.effectStates.get(item.effect.seq) : undefined;
    if (during) return stateOfSnapshot(during);
  }
  return state ?? createConversationState(session.scene);
}
