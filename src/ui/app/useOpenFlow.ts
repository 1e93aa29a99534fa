import { useEffect, useState } from 'react';
import type { FlowLibrary, OpenedFlow } from '../../storage/flowLibrary';
import type { UnsavedJournal } from './createUnsavedJournal';

export type OpenFlowState =
  | { status: 'loading' }
  | { status: 'ready'; opened: OpenedFlow; recovered: boolean }
  | { status: 'failed'; message: string };

/**
 * Loads one flow from the library (through parseFlow, and remembered as the last opened). Edits
 * this tab made but had not written when it reloaded or crashed win over the stored copy, based
 * on the version they started from, so a save in between shows the conflict dialog.
 */
export function useOpenFlow(library: FlowLibrary, flowId: string, journal: UnsavedJournal): OpenFlowState {
  const [state, setState] = useState<OpenFlowState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    library.openFlow(flowId).then(
      (opened) => {
        if (cancelled) return;
        const unsaved = journal.read(flowId);
        if (unsaved && JSON.stringify(unsaved.flow) !== JSON.stringify(opened.flow)) {
          setState({ status: 'ready', opened: { flow: unsaved.flow, version: unsaved.baseVersion }, recovered: true });
        } else {
          if (unsaved) journal.clear(flowId);
          setState({ status: 'ready', opened, recovered: false });
        }
      },
      (error: Error) => !cancelled && setState({ status: 'failed', message: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [library, flowId, journal]);
  return state;
}
