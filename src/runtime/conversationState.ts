import type { Channel, DestinationKind, Scene, TransferOutcome } from '../schema';
import type { CallbackAsk } from './callback/callbackAsk';
import type { QueueWait } from './handover/queueWait';
import type { Ownership } from './ownership/ownershipOf';

export type BotStatus = 'active' | 'paused' | 'waiting_transfer' | 'with_human' | 'ended';

export interface ContactTask {
  id: string;
  title: string;
  assigneeId: string | null;
  dueAt: number;
  due: boolean;
}

/** The handover in progress: waiting in a queue, ringing (voice), or with a person. */
export interface ActiveHandover {
  nodeId: string;
  destination: DestinationKind;
  phase: 'queued' | 'ringing' | 'connected';
  since: number;
  /** Queued: when the queue timeout fires. Ringing: when <Dial> gives up (no-answer). */
  timeoutAt: number | null;
  /** Queued: the place in line, the estimate and the waiting experience's timers. */
  wait?: QueueWait;
  /** Ringing with nobody there to answer (no agent, or the line closed): left alone, it rings out at timeoutAt. */
  ringsOut?: true;
}

export interface VisitedStep {
  nodeId: string;
  /** The port the walk left by; absent where it stopped or waits. */
  port?: string;
  at: number;
}

/**
 * Everything the simulator shows about one conversation. Plain data: a new object after every
 * start/dispatch (the previous one is never mutated), so it can be rendered and kept as history.
 */
export interface ConversationState {
  started: boolean;
  channel: Channel;
  /** Virtual clock in ms since the conversation started. */
  now: number;
  /** Where the clock started on a real calendar (scene.startAt in scene.timeZone), or null when the scene set none. */
  clock: { startAt: string; timeZone: string } | null;
  contact: { assigneeId: string | null; tags: string[]; tasks: ContactTask[] };
  bot: BotStatus;
  /** While set, the bot is silent; it resumes by itself when the clock passes it. */
  pausedUntil: number | null;
  pauseNodeId: string | null;
  /** Who may speak to the user: the bot, or a person (agent, queue, Page Inbox, transferred call). */
  owner: 'bot' | 'human';
  /** Who owns the conversation, finer than `owner`; every move is an ownership_changed effect (trackOwnership). */
  ownership: Ownership;
  /** While a person or app owns it: when the conversation goes back to the bot for silence (handBackAfterIdleMinutes), else null. */
  handBackAt: number | null;
  agentId: string | null;
  handover: ActiveHandover | null;
  currentNodeId: string | null;
  waitingNodeId: string | null;
  failureCount: number;
  variables: Record<string, string>;
  agentsAvailable: boolean;
  withinHours: boolean;
  /** What a voice transfer meets when it is auto-fed (scene.transferOutcome). */
  transferOutcome: TransferOutcome;
  /** Where a queued handover starts in line and when an agent picks it up by themselves (scene). */
  queueScene?: { position: number; answerAfterMs: number | null };
  inbox: { queue: 'unassigned' | 'assigned' | null };
  /** An Offer callback node waiting for the number or its confirmation; absent otherwise. */
  callbackAsk?: CallbackAsk;
  endedReason: string | null;
  visited: VisitedStep[];
}

/** The assignee a scene with `contactAssigned: true` starts with: someone outside this flow. */
export const EXISTING_ASSIGNEE = 'existing_assignee';

export function createConversationState(scene?: Scene): ConversationState {
  return {
    started: scene !== undefined,
    channel: scene?.channel ?? 'web_chat',
    now: 0,
    clock: scene?.startAt ? { startAt: scene.startAt, timeZone: scene.timeZone ?? 'UTC' } : null,
    contact: { assigneeId: scene?.contactAssigned ? EXISTING_ASSIGNEE : null, tags: [], tasks: [] },
    bot: 'active',
    pausedUntil: null,
    pauseNodeId: null,
    owner: 'bot',
    ownership: 'bot',
    handBackAt: null,
    agentId: null,
    handover: null,
    currentNodeId: null,
    waitingNodeId: null,
    failureCount: 0,
    variables: { ...(scene?.variables ?? {}) },
    agentsAvailable: scene?.agentsAvailable ?? true,
    withinHours: scene?.withinHours ?? true,
    transferOutcome: scene?.transferOutcome ?? 'answered',
    // Sparse: only a scene that rehearses the queue carries it (stored states stay as they were).
    ...(scene?.queuePosition !== undefined || scene?.agentAnswersAfterMinutes !== undefined
      ? { queueScene: { position: scene.queuePosition ?? 1, answerAfterMs: scene.agentAnswersAfterMinutes === undefined ? null : scene.agentAnswersAfterMinutes * 60_000 } }
      : {}),
    inbox: { queue: null },
    endedReason: null,
    visited: [],
  };
}

/** A copy with its own nested objects and arrays, but the same visited list. */
function copySharingVisited(s: Readonly<ConversationState>): ConversationState {
  return {
    ...s,
    contact: { assigneeId: s.contact.assigneeId, tags: [...s.contact.tags], tasks: s.contact.tasks.map((t) => ({ ...t })) },
    handover: s.handover && { ...s.handover },
    variables: { ...s.variables },
    inbox: { ...s.inbox },
  };
}

/** A copy to change during one turn; arrays and nested objects are copied, visited steps shared. */
export function copyConversationState(s: ConversationState): ConversationState {
  return { ...copySharingVisited(s), visited: s.visited.slice() };
}

/** Derived fields, recomputed at the end of every turn so they never disagree with the rest. */
export function settleConversationState(s: ConversationState): void {
  s.owner = s.handover ? 'human' : 'bot';
  if (!s.handover) s.agentId = null;
  if (s.endedReason !== null) s.callbackAsk = undefined;
  s.waitingNodeId = s.pauseNodeId ?? s.handover?.nodeId ?? s.callbackAsk?.nodeId ?? null;
  s.bot =
    s.endedReason !== null
      ? 'ended'
      : s.pausedUntil !== null
        ? 'paused'
        : s.handover?.phase === 'connected'
          ? 'with_human'
          : s.handover
            ? 'waiting_transfer'
            : 'active';
}

/**
 * A settled picture of a state that is still changing (the draft inside a turn), cheap enough to
 * take after every effect: everything is copied but the visited list, which is shared and read
 * back to the length it had. That is safe because a turn only appends to its draft's list and the
 * next turn works on a copy (copyConversationState); copying it instead made a runaway turn of
 * 10,000 effects keep 10,000 lists of up to 20,000 steps (about 400 MB, seconds of work).
 */
export interface StateSnapshot {
  readonly state: Readonly<ConversationState>;
  readonly visitedCount: number;
}

export function snapshotConversationState(s: Readonly<ConversationState>): StateSnapshot {
  const copy = copySharingVisited(s);
  settleConversationState(copy);
  return { state: copy, visitedCount: s.visited.length };
}

/** The state a snapshot was taken of, with its own copy of the visited steps up to then. */
export function stateOfSnapshot(snapshot: StateSnapshot): ConversationState {
  return { ...snapshot.state, visited: snapshot.state.visited.slice(0, snapshot.visitedCount) };
}
