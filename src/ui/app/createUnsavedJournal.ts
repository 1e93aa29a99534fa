import type { Flow } from '../../schema/flow';
import { parseFlow } from '../../schema/parseFlow';

export interface UnsavedEntry {
  flow: Flow;
  /** The stored version the unsaved edits were based on; saving them checks it (conflicts ask). */
  baseVersion: number;
}

const PREFIX = 'baton.unsaved.';

/**
 * A synchronous copy of edits not yet in IndexedDB. An IndexedDB write started while the page
 * unloads can be cut off (a reload right after an edit), so the tab also writes the pending flow
 * here — sessionStorage: it survives a reload or a crashed tab's restore, and belongs to this tab
 * only, so another tab never picks up edits it did not make. Reads go through parseFlow.
 */
export function createUnsavedJournal(storage: Storage | null = typeof sessionStorage === 'undefined' ? null : sessionStorage) {
  return {
    write(flowId: string, entry: UnsavedEntry): void {
      try {
        storage?.setItem(PREFIX + flowId, JSON.stringify(entry));
      } catch {
        // Full or disabled: the IndexedDB autosave is still the main path.
      }
    },
    read(flowId: string): UnsavedEntry | null {
      try {
        const raw = storage?.getItem(PREFIX + flowId);
        if (!raw) return null;
        const entry = JSON.parse(raw) as { flow?: unknown; baseVersion?: unknown };
        const parsed = parseFlow(entry.flow);
        if (!parsed.ok || typeof entry.baseVersion !== 'number' || parsed.flow.id !== flowId) return null;
        return { flow: parsed.flow, baseVersion: entry.baseVersion };
      } catch {
        return null;
      }
    },
    clear(flowId: string): void {
      try {
        storage?.removeItem(PREFIX + flowId);
      } catch {
        // Nothing to do: a stale entry is only used when it differs from the stored flow.
      }
    },
  };
}

export type UnsavedJournal = ReturnType<typeof createUnsavedJournal>;
