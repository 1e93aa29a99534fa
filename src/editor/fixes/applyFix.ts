import type { Diagnostic } from '../../rules/diagnostic';
import type { Command } from '../commands/types';
import { fixesFor } from './fixesFor';

export interface ApplyFixArgs {
  diagnostic: Diagnostic;
  /** A QuickFix id from fixesFor(diagnostic, flow). */
  fixId: string;
}

/**
 * Applies one quick fix as one undo step. The fix is looked up again on the flow the command
 * runs on, so a button or code action computed on an older revision does the same thing or
 * refuses, rather than editing a node that moved.
 */
export const applyFix: Command<ApplyFixArgs> = {
  id: 'applyFix',
  label: 'Quick fix',
  perform(draft, { diagnostic, fixId }, ctx) {
    const fix = fixesFor(diagnostic, ctx.flow).find((f) => f.id === fixId);
    if (!fix) return ctx.refuse('That fix no longer applies: the problem has changed or is gone');
    return fix.apply(draft, ctx);
  },
  describe: ({ diagnostic, fixId }, flow) => fixesFor(diagnostic, flow).find((f) => f.id === fixId)?.label ?? 'Quick fix',
};
