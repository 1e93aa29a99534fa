import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorStore } from '../../editor/createEditorStore';
import type { Flow } from '../../schema/flow';
import { attachFlushOnHide } from '../../storage/attachFlushOnHide';
import { createAutosaver, type AutosaveState, type Autosaver, type ConflictChoice } from '../../storage/createAutosaver';
import type { FlowLibrary, OpenedFlow } from '../../storage/flowLibrary';
import type { UnsavedJournal } from './createUnsavedJournal';

export interface AutosaveHandle {
  state: AutosaveState;
  /** Writes pending edits now (before leaving the flow); never throws — resolves to the state after it. */
  flush(): Promise<AutosaveState | null>;
  /** After a ConflictError: keep this tab's flow, or load the other tab's into the editor. */
  resolveConflict(choice: ConflictChoice): Promise<void>;
}

export interface AutosaveOptions {
  journal: UnsavedJournal;
  /** The opened flow holds edits recovered from the journal: save them straight away. */
  dirty?: boolean;
}

/** The unsaved copy is refreshed at most this often while edits stream in (a drag). */
const JOURNAL_EVERY_MS = 300;

/**
 * Saves every document change of `store` to the library: the store's revision goes up →
 * autosaver.schedule (debounced); pagehide / hidden tab → flush, plus a synchronous copy in the
 * journal, so a reload or a crash loses nothing. A flow put into the store by loading (their
 * version after a conflict) is not written back, or two tabs would keep re-saving each other's copy.
 */
export function useAutosave(store: EditorStore, library: FlowLibrary, opened: OpenedFlow, { journal, dirty = false }: AutosaveOptions): AutosaveHandle {
  const flowId = opened.flow.id;
  const [state, setState] = useState<AutosaveState>({ status: 'saved', error: null, version: opened.version, remoteVersion: null });
  // One autosaver per opened flow, kept across StrictMode's effect re-run: a second one would
  // start from the opened version and conflict with the first one's writes.
  const held = useRef<{ saver: Autosaver; release: ReturnType<typeof setTimeout> | null } | null>(null);
  const known = useRef<Flow>(store.getState().flow);

  useEffect(() => {
    let entry = held.current;
    if (entry) {
      if (entry.release) clearTimeout(entry.release);
      entry.release = null;
    } else {
      const saver = createAutosaver({ flowId, version: opened.version, save: library.saveFlow, load: () => library.openFlow(flowId) });
      entry = held.current = { saver, release: null };
      if (dirty) saver.schedule(store.getState().flow);
    }
    const { saver } = entry;

    let journalTimer: ReturnType<typeof setTimeout> | null = null;
    const keepCopy = () => {
      if (journalTimer) clearTimeout(journalTimer);
      journalTimer = null;
      const flow = saver.getFlow();
      const { status, version } = saver.getState();
      if (flow && status !== 'saved') journal.write(flowId, { flow, baseVersion: version });
    };

    let revision = store.getState().revision;
    const stopStore = store.subscribe(() => {
      const next = store.getState();
      if (next.revision === revision) return; // selection or notice only
      revision = next.revision;
      if (next.flow === known.current) return;
      known.current = next.flow;
      saver.schedule(next.flow);
      journalTimer ??= setTimeout(keepCopy, JOURNAL_EVERY_MS);
    });
    const stopState = saver.subscribe((next) => {
      setState(next);
      if (next.status === 'saved' && !next.error) journal.clear(flowId);
    });
    setState(saver.getState());
    const detachFlush = attachFlushOnHide(saver);
    const detachCopy = attachFlushOnHide({ flush: async () => keepCopy() });

    return () => {
      stopStore();
      stopState();
      detachFlush();
      detachCopy();
      keepCopy();
      // Leaving the flow: write what is pending, then let go (unless this was StrictMode's re-run).
      entry.release = setTimeout(() => {
        if (held.current === entry) held.current = null;
        void saver
          .flush()
          .then(() => saver.getState().status === 'saved' && journal.clear(flowId))
          .finally(() => saver.dispose());
      }, 0);
    };
  }, [store, library, flowId, opened.version, journal, dirty]);

  const flush = useCallback(async () => {
    const saver = held.current?.saver;
    if (!saver) return null;
    await saver.flush();
    return saver.getState();
  }, []);

  const resolveConflict = useCallback(
    async (choice: ConflictChoice) => {
      const saver = held.current?.saver;
      if (!saver) return;
      const flow = await saver.resolveConflict(choice);
      if (choice === 'take-theirs') {
        known.current = flow;
        store.load(flow);
      }
    },
    [store],
  );

  return { state, flush, resolveConflict };
}
