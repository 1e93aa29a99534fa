import type { Draft } from 'immer';
import type { Diagnostic } from '../../rules/diagnostic';
import { DEFAULT_WAITING, type Flow, type Waiting } from '../../schema';
import { draftNode, nodeOf } from './nodeOf';
import type { FixProvider, QuickFix } from './types';

/** A fix that edits the waiting settings of the diagnostic's handover (live chat or Zendesk). */
function waitingFix(d: Diagnostic, flow: Flow, id: string, label: string, edit: (waiting: Draft<Waiting>) => void | false): QuickFix[] {
  const node = nodeOf(d, flow, 'handover');
  if (!node || !(node.data.destination as { waiting?: Waiting }).waiting) return [];
  return [
    {
      id,
      label,
      apply(draft) {
        const waiting = (draftNode(draft, node.id, 'handover')?.data.destination as { waiting?: Draft<Waiting> } | undefined)?.waiting;
        return waiting ? edit(waiting) : false;
      },
    },
  ];
}

export const waitingFixes = {
  'waiting.callback.no_phrases': (d, flow) =>
    waitingFix(d, flow, 'callback-phrases', `Accept the callback with ${DEFAULT_WAITING.callbackPhrases.map((p) => `"${p}"`).join(' or ')}`, (waiting) => {
      waiting.callbackPhrases = [...DEFAULT_WAITING.callbackPhrases];
    }),
  'waiting.no_status': (d, flow) =>
    waitingFix(d, flow, 'queue-position', 'Add the queue position to the waiting message', (waiting) => {
      if (waiting.message.includes('{{queue_position}}')) return false;
      waiting.message = `${waiting.message.trim()} You are number {{queue_position}} in the queue.`.trim();
    }),
} satisfies Record<string, FixProvider>;
