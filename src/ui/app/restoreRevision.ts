import { replaceFlow } from '../../editor/commands/replaceFlow';
import type { Command } from '../../editor/commands/types';
import type { Flow } from '../../schema/flow';

/** replaceFlow under its own history label, so Undo reads "Undo Restore revision". */
export const restoreRevision: Command<{ flow: Flow }> = { ...replaceFlow, id: 'restoreRevision', label: 'Restore revision' };
