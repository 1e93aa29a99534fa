import { ConflictError } from '../../storage/ConflictError';
import type { AutosaveState } from '../../storage/createAutosaver';
import type { StorageError, StorageErrorKind } from '../../storage/StorageError';
import type { SaveState } from '../shell/Header';

/** The header has room for a few words; the banner under it gives the full message. */
const SHORT_REASONS: Record<StorageErrorKind, string> = {
  quota: 'browser storage is full',
  unavailable: 'this browser offers no storage',
  closed: 'the database was closed',
  'not-found': 'the flow is no longer in the library',
  invalid: 'the stored flow cannot be read',
  duplicate: 'the flow id is taken',
  unknown: 'saving failed',
};

/**
 * Autosave state → the header's save state ("Saved", "Saving…", "Not saved — <reason>"). With the
 * library in memory only (no IndexedDB), a save that "landed" is not saved in the browser.
 */
export function describeSaveState(state: AutosaveState, memoryOnly: StorageError | null = null): { saveState: SaveState; saveReason?: string } {
  if (state.status !== 'error' && memoryOnly) return { saveState: 'error', saveReason: 'kept in this tab only' };
  if (state.status !== 'error') return { saveState: state.status };
  if (state.error instanceof ConflictError) return { saveState: 'error', saveReason: 'changed in another tab' };
  return { saveState: 'error', saveReason: state.error ? SHORT_REASONS[state.error.kind] : SHORT_REASONS.unknown };
}
