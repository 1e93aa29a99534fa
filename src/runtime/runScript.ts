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

function feedRingingTransfer(runtime: Runtime): void {
  for (let i = 0; i < MAX_AUTO_OUTCOMES; i++) {
    const event = autoVoiceFeed(runtime.state);
    if (event === null) return;
    runtime.dispatch(event);
  }
}

/** Replays a scene and its events on a fresh runtime and returns the whole effect log. */
export function runScript(flow: Flow, scene: SceneInput, events: readonly InputEvent[], options: RunScriptOptions = {}): RunScriptResult {
  const created = createRuntime(flow, options);
  if (!created.ok) return created;
  const { runtime } = created;
  const autoFeed = options.autoTransferOutcome ?? !events.some((e) => e.type === 'transfer_outcome');
  runtime.start(scene);
  if (autoFeed) feedRingingTransfer(runtime);
  for (const event of events) {
    runtime.dispatch(event);
    if (autoFeed) feedRingingTransfer(runtime);
  }
  return { ok: true, log: [...runtime.log], state: runtime.state };
}
