import type { Draft } from 'immer';
import type { Diagnostic } from '../../rules/diagnostic';
import type { Flow } from '../../schema';
import type { CommandContext } from '../commands/types';

/** One repair a diagnostic offers: a button in Problems and the inspector, a quick fix in the JSON tab. */
export interface QuickFix {
  /** Stable for the same diagnostic on the same flow, so a fix picked on screen is found again. */
  id: string;
  /** What it does, verb first: "Insert a 1.5 s Pause before Voice transfer to sip:agent@example.com". */
  label: string;
  /** Edits the draft (one undo step through applyFix), or returns false when there is nothing to do. */
  apply(draft: Draft<Flow>, ctx: CommandContext): void | false;
}

/** The fixes for one diagnostic of a code; reads `flow`, never changes it. */
export type FixProvider = (diagnostic: Diagnostic, flow: Flow) => QuickFix[];
