import type { Flow, InputEvent } from '../schema';
import type { Diagnostic } from '../rules/diagnostic';
import type { ConversationState } from './conversationState';
import { createRuntime, type Runtime, type RuntimeOptions, type SceneInput } from './createRuntime';
import type { Effect } from './effects';
import { autoVoiceFeed } from './handover/autoVoiceFeed';

export interface RunScriptOptions extends RuntimeOptions {
  /**
   * Feed `scene.transferOutcome` to every voice transfer left ringing, as the Tests tab and the
   * simulator do. Default: on unless the script has its own transfer_outcome events.
   */
  autoTransferOutcome?: boolean;
}

export type RunScriptResult =
  | { ok: true; log: Effect[]; state: ConversationState }
  | { ok: false; diagnostics: Diagnostic[] };

/** A transferred call can reach another voice handover; this many auto-fed outcomes is plenty. */
const MAX_AUTO_OUTCOMES = 100;

/**
 * Feeds what the provider would report without being asked: ringing transfers' outcomes (when
 * `ringing`), and QueueResult leave after the flow took a caller out of a Twilio queue (when
 * `leave`; a script with its own queue_result leave events reports them itself).
 */
function feedRingingTransfer(runtime: Runtime, ringing: boolean, leave: boolean): void {
  for (let i = 0; i < MAX_AUTO_OUTCOMES; i++) {
    const event = autoVoiceFeed(runtime.state);
    if (event === null || !(event.type === 'queue_result' ? leave : ringing)) return;
    runtime.dispatch(event);
  }
}

/** Replays a scene and its events on a fresh runtime and returns the whole effect log. */
export function runScript(flow: Flow, scene: SceneInput, events: readonly InputEvent[], options: RunScriptOptions = {}): RunScriptResult {
  const created = createRuntime(flow, options);
  if (!created.ok) return created;
  const { runtime } = created;
  const autoFeed = options.autoTransferOutcome ?? !events.some((e) => e.type === 'transfer_outcome');
  const autoLeave = !events.some((e) => e.type === 'queue_result' && e.result === 'leave');
  runtime.start(scene);
  feedRingingTransfer(runtime, autoFeed, autoLeave);
  for (const event of events) {
    runtime.dispatch(event);
    feedRingingTransfer(runtime, autoFeed, autoLeave);
  }
  return { ok: true, log: [...runtime.log], state: runtime.state };
}
