import type { ReactNode } from 'react';
import { ConflictError } from '../../storage/ConflictError';
import type { AutosaveState } from '../../storage/createAutosaver';
import { exportFlowJson } from '../../storage/exportFlowJson';
import { fileNameFor } from '../../storage/fileNameFor';
import type { StorageError } from '../../storage/StorageError';
import { useEditorStore } from '../store/useEditorStore';
import { downloadFile } from './downloadFile';

interface SaveBannerProps {
  state: AutosaveState;
  /** Saving again now (after freeing space, say). */
  onRetry(): void;
  /** Another tab saved a newer version: reopen the flow from the library. */
  onLoadLatest(): void;
  /** The user saw the newer-version notice and keeps editing here (a save will then ask). */
  onDismissRemote(): void;
  remoteDismissed: boolean;
  /** Why committed edits are not in the crash journal (browser storage full or missing), or null. */
  journalProblem?: string | null;
  /** Why the library lives in this tab's memory only (IndexedDB unavailable), or null. */
  memoryOnly?: StorageError | null;
  /** Why unsaved edits found in the journal could not be replayed (they stay stored), or null. */
  unreplayed?: string | null;
  onDiscardUnreplayed?(): void;
}

/** A warning that work may be lost, with the way to keep a copy: export the flow. */
function Warning({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  const store = useEditorStore();
  const exportNow = () => {
    const flow = store.getState().flow;
    downloadFile(fileNameFor(flow), exportFlowJson(flow));
  };
  return (
    <div className="app-banner app-banner-error" role="alert">
      <span>
        <strong>{title}</strong> {message}.
      </span>
      <button type="button" className="btn btn-sm" onClick={exportNow}>
        Export flow JSON
      </button>
      {children}
    </div>
  );
}

/**
 * Under the header, most urgent first: why saving failed (quota, closed database) with a way to
 * keep a copy; that the library lives in this tab's memory only (no IndexedDB); that a closed
 * tab's unsaved edits could not be replayed; that the crash journal cannot be written
 * (localStorage full); or that another tab saved this flow since it was opened here.
 */
export function SaveBanner({ state, onRetry, onLoadLatest, onDismissRemote, remoteDismissed, journalProblem = null, memoryOnly = null, unreplayed = null, onDiscardUnreplayed }: SaveBannerProps) {
  if (state.status === 'error' && state.error && !(state.error instanceof ConflictError)) {
    return (
      <Warning title="Not saved." message={state.error.message}>
        <button type="button" className="btn btn-sm" onClick={onRetry}>
          Try saving again
        </button>
      </Warning>
    );
  }
  if (memoryOnly) return <Warning title="Not saved in this browser." message={`${memoryOnly.message}; export the flow to keep a copy`} />;
  if (unreplayed) {
    const message = `Edits a closed tab had not saved could not be applied to this flow (${unreplayed}); they are kept in this browser's storage, and the flow shows its last saved version`;
    return (
      <Warning title="Unsaved edits not recovered." message={message}>
        <button type="button" className="btn btn-sm" onClick={onDiscardUnreplayed}>
          Discard those edits
        </button>
      </Warning>
    );
  }
  if (journalProblem) return <Warning title="Not protected against a crash." message={`${journalProblem}; export the flow to keep a copy`} />;
  if (state.remoteVersion !== null && !remoteDismissed && !(state.error instanceof ConflictError)) {
    return (
      <div className="app-banner app-banner-info" role="status">
        <span>Another tab saved a newer version of this flow.</span>
        <button type="button" className="btn btn-sm" onClick={onLoadLatest}>
          Load latest version
        </button>
        <button type="button" className="btn btn-sm btn-ghost" onClick={onDismissRemote}>
          Keep editing here
        </button>
      </div>
    );
  }
  return null;
}
