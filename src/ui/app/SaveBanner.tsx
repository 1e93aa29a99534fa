import { ConflictError } from '../../storage/ConflictError';
import type { AutosaveState } from '../../storage/createAutosaver';
import { exportFlowJson } from '../../storage/exportFlowJson';
import { fileNameFor } from '../../storage/fileNameFor';
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
}

/**
 * Under the header: why saving failed (quota, no IndexedDB, closed database) with a way to keep a
 * copy; that the crash journal cannot be written (localStorage full); or that another tab saved
 * this flow since it was opened here.
 */
export function SaveBanner({ state, onRetry, onLoadLatest, onDismissRemote, remoteDismissed, journalProblem = null }: SaveBannerProps) {
  const store = useEditorStore();
  const exportNow = () => {
    const flow = store.getState().flow;
    downloadFile(fileNameFor(flow), exportFlowJson(flow));
  };

  if (state.status === 'error' && state.error && !(state.error instanceof ConflictError)) {
    return (
      <div className="app-banner app-banner-error" role="alert">
        <span>
          <strong>Not saved.</strong> {state.error.message}.
        </span>
        <button type="button" className="btn btn-sm" onClick={exportNow}>
          Export flow JSON
        </button>
        <button type="button" className="btn btn-sm" onClick={onRetry}>
          Try saving again
        </button>
      </div>
    );
  }
  if (journalProblem) {
    return (
      <div className="app-banner app-banner-error" role="alert">
        <span>
          <strong>Not protected against a crash.</strong> {journalProblem}; export the flow to keep a copy.
        </span>
        <button type="button" className="btn btn-sm" onClick={exportNow}>
          Export flow JSON
        </button>
      </div>
    );
  }
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
