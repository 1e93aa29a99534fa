import type { Draft } from 'immer';
import type { Flow } from '../../schema';
import type { Selection } from '../selection';

/**
 * What a command may do besides editing the draft. `refuse` explains why nothing happened
 * (shown to the user, e.g. "At most 6 handover actions per bot"); `say` reports a side effect the
 * user should know about (e.g. connections dropped); `select` proposes the selection after the run.
 */
export interface CommandContext {
  flow: Flow;
  refuse(reason: string): false;
  say(message: string): void;
  select(selection: Selection): void;
}

/**
 * One editor command: a small module that edits the document draft or returns `false`
 * (refused / nothing to do). The store turns the edit into immer patches for history.
 */
export interface Command<A> {
  id: string;
  label: string;
  /** Key bindings, e.g. `['Delete', 'Backspace']`, `['Mod+D']` (Mod = Ctrl, or ⌘ on macOS). */
  keys?: readonly string[];
  perform(draft: Draft<Flow>, args: A, ctx: CommandContext): void | false;
  /** The history label for this run, e.g. "Connect Busy → Message"; defaults to `label`. */
  describe?(args: A, flow: Flow): string;
}
