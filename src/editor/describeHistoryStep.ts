import type { Flow } from '../schema';
import type { Command } from './commands/types';

/**
 * The label of an undo step ("Add Pause", "Move 3 nodes", "Connect Busy → Message"), computed
 * from the document as it was before the command ran.
 */
export function describeHistoryStep<A>(command: Command<A>, args: A, flowBefore: Flow): string {
  if (!command.describe) return command.label;
  try {
    return command.describe(args, flowBefore) || command.label;
  } catch {
    return command.label;
  }
}
