import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { App } from '../../App';
import { createEditorStore } from '../../editor/createEditorStore';
import { ConflictError } from '../../storage/ConflictError';
import type { FlowLibrary, OpenedFlow } from '../../storage/flowLibrary';
import { useJsonTabDirty } from '../json/useJsonTabDirty';
import { useLeaveGuard } from '../json/useLeaveGuard';
import { bottomTabs } from './bottomTabs';
import type { UnsavedJournal } from './createUnsavedJournal';
import { describeSaveState } from './describeSaveState';
import { ExportMenu } from './ExportMenu';
import { ConflictDialog, DiscardJsonDialog, ImportDialog, preloadDiscardJsonDialog } from './lazyScreens';
import { SaveBanner } from './SaveBanner';
import { useAutosave } from './useAutosave';
import { useFlowImport } from './useFlowImport';
import { useWindowImport } from './useWindowImport';

export interface FlowEditorProps {
  library: FlowLibrary;
  opened: OpenedFlow;
  journal: UnsavedJournal;
  /** `opened` carries edits recovered after a reload or crash: save them at once. */
  recovered?: boolean;
  /** Back to the library (after pending edits are written). */
  onLibrary(): void;
  /** Open another flow (an import just added it). */
  onOpenFlow(flowId: string): void;
  /** Reopen this flow from the library (another tab saved a newer version). */
  onReload(): void;
}

/** One opened flow in the editor, saved as it changes, with import, export and history wired in. */
export function FlowEditor({ library, opened, journal, recovered = false, onLibrary, onOpenFlow, onReload }: FlowEditorProps) {
  const store = useMemo(() => createEditorStore(opened.flow), [opened]);
  const autosave = useAutosave(store, library, opened, { journal, dirty: recovered });
  const { flush } = autosave;
  const [remoteDismissed, setRemoteDismissed] = useState<number | null>(null);
  const openImported = useCallback(
    async (flowId: string) => {
      await flush();
      onOpenFlow(flowId);
    },
    [flush, onOpenFlow],
  );
  const flowImport = useFlowImport(library, openImported);
  // Invalid text in the JSON tab is not in the flow yet: leaving the tab or the flow asks first.
  const jsonDirty = useJsonTabDirty();
  const jsonGuard = useLeaveGuard(jsonDirty);
  // The dialog that asks before leaving invalid JSON is ready by the time anyone can leave.
  useEffect(() => void (jsonDirty && preloadDiscardJsonDialog()), [jsonDirty]);
  useWindowImport(flowImport);

  const { state } = autosave;
  const conflict = state.error instanceof ConflictError ? state.error : null;
  const leaving = async (go: () => void) => {
    const after = await flush();
    // The flow lives only in this tab while saving fails: leaving would lose it.
    if (after?.status === 'error' && !window.confirm('This flow is not saved. Leave it anyway? Export it first to keep a copy.')) return;
    go();
  };

  return (
    <>
      <App
        store={store}
        {...describeSaveState(state, autosave.memoryOnly)}
        headerLeading={
          <button type="button" className="btn btn-ghost" onClick={() => jsonGuard.requestLeave(() => void leaving(onLibrary))} title="All flows">
            <span aria-hidden="true">‹ </span>Library
          </button>
        }
        onImport={flowImport.openDialog}
        exportMenu={<ExportMenu />}
        extraTabs={bottomTabs}
        guardTabChange={jsonGuard.requestLeave}
        banner={
          <SaveBanner
            state={state}
            onRetry={() => void flush()}
            onLoadLatest={() => void leaving(onReload)}
            onDismissRemote={() => setRemoteDismissed(state.remoteVersion)}
            remoteDismissed={remoteDismissed !== null && remoteDismissed === state.remoteVersion}
            journalProblem={autosave.journalProblem}
            memoryOnly={autosave.memoryOnly}
            unreplayed={autosave.unreplayed}
            onDiscardUnreplayed={autosave.discardUnreplayed}
          />
        }
      />
      <Suspense fallback={null}>
        {flowImport.dialogOpen && (
          <ImportDialog
            failure={flowImport.failure}
            busy={flowImport.busy}
            onFile={(file) => void flowImport.importFile(file)}
            onText={(text) => void flowImport.importText(text)}
            onClose={flowImport.closeDialog}
          />
        )}
        {conflict && <ConflictDialog conflict={conflict} onChoose={(choice) => void autosave.resolveConflict(choice)} />}
        {jsonGuard.dialog.open && <DiscardJsonDialog {...jsonGuard.dialog} />}
      </Suspense>
    </>
  );
}
