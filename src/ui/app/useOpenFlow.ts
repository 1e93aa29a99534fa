import { useEffect, useState } from 'react';
import type { FlowLibrary, OpenedFlow } from '../../storage/flowLibrary';
import type { UnsavedJournal } from './createUnsavedJournal';

export type OpenFlowState =
  | { status: 'loading' }
  | { status: 'ready'; opened: OpenedFlow; recovered: boolean }
  | { status: 'failed'; message: string };

/**
 * Loads one flow from the library (through parseFlow, and remembered as the last opened), then
 * replays the edit journal beyond the stored version: this tab's own edits (a reload, a crashed tab
 * restored) and those of a tab that is gone (a crash, then a new tab). Edits of a tab still open
 * stay that tab's to save. Recovered edits made on a version another tab has since overwritten keep
 * that older base, so saving them shows the conflict dialog.
 */
export function useOpenFlow(library: FlowLibrary, flowId: string, journal: UnsavedJournal): OpenFlowState {
  const [state, setState] = useState<OpenFlowState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    library
      .openFlow(flowId)
      .then(async (stored) => {
        // The journal never stands between the user and the saved flow: if reading it fails, open that.
        const plan = await journal.recover(flowId, stored).catch(() => null);
        if (cancelled) return;
        const recovered = !!plan && plan.entries.length > 0;
        const opened = plan && recovered ? { flow: plan.flow, version: plan.baseVersion, base: stored.flow } : stored;
        setState({ status: 'ready', opened, recovered });
      })
      .catch((error: Error) => !cancelled && setState({ status: 'failed', message: error.message }));
    return () => {
      cancelled = true;
    };
  }, [library, flowId, journal]);
  return state;
}
