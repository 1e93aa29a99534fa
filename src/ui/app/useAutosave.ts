import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorStore } from '../../editor/createEditorStore';
import type { Flow } from '../../schema/flow';
import { attachFlushOnHide } from '../../storage/attachFlushOnHide';
import { createAutosaver, type AutosaveState, type Autosaver, type ConflictChoice } from '../../storage/createAutosaver';
import type { EditJournal } from '../../storage/createEditJournal';
import type { FlowLibrary, OpenedFlow } from '../../storage/flowLibrary';
import type { StorageError } from '../../storage/StorageError';
import { BEAT_EVERY_MS, type UnsavedJournal } from './createUnsavedJournal';
import { useStorageProblem } from './useStorageProblem';

export interface AutosaveHandle {
  state: AutosaveState;
  /** Why committed edits are not in the crash journal (storage full or missing), or null. */
  journalProblem: string | null;
  /** Why the library lives in this tab's memory only (IndexedDB unavailable), or null. */
  memoryOnly: StorageError | null;
  /** Why unsaved edits found in the journal could not be replayed on opening (they stay stored), or null. */
  unreplayed: string | null;
  /** Drops those edits for good (the user chose to). */
  discardUnreplayed(): void;
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

/**
 * Saves every document change of `store` to the library. Each committed edit is first appended to
 * the crash journal, synchronously, inside the store's commit (so a crash a moment later loses
 * nothing); then the store's revision goes up → autosaver.schedule (debounced); pagehide / hidden
 * tab → flush. Each save stores which journal entry it holds and, once it lands, drops those
 * entries. A flow put into the store by loading (their version after a conflict) is not written
 * back, or two tabs would keep re-saving each other's copy.
 */
export function useAutosave(store: EditorStore, library: FlowLibrary, opened: OpenedFlow, { journal, dirty = false }: AutosaveOptions): AutosaveHandle {
  const flowId = opened.flow.id;
  const [state, setState] = useState<AutosaveState>({ status: 'saved', error: null, version: opened.version, remoteVersion: null });
  const [journalProblem, setJournalProblem] = useState<string | null>(null);
  const memoryOnly = useStorageProblem(library);
  const [unreplayed, setUnreplayed] = useState<string | null>(null);
  // One autosaver and journal per opened flow, kept across StrictMode's effect re-run: a second
  // one would start from the opened version and conflict with the first one's writes.
  const held = useRef<{ saver: Autosaver; log: EditJournal; release: ReturnType<typeof setTimeout> | null } | null>(null);
  const known = useRef<Flow>(store.getState().flow);

  useEffect(() => {
    let entry = held.current;
    if (entry) {
      if (entry.release) clearTimeout(entry.release);
      entry.release = null;
    } else {
      const log = journal.start(flowId, opened);
      const saver = createAutosaver({
        flowId,
        version: opened.version,
        flow: opened.base ?? opened.flow,
        async save(flow, baseVersion, options) {
          const mark = log.markFor(flow);
          const version = await library.saveFlow(flow, baseVersion, { ...options, journal: mark });
          log.saved(mark, version);
          return version;
        },
        load: () => library.openFlow(flowId),
      });
      entry = held.current = { saver, log, release: null };
      if (dirty) saver.schedule(store.getState().flow);
    }
    const { saver, log } = entry;

    const stopCommits = store.subscribeCommits((flow, patches) => log.append(flow, patches));
    let revision = store.getState().revision;
    const stopStore = store.subscribe(() => {
      const next = store.getState();
      if (next.revision === revision) return; // selection or notice only
      revision = next.revision;
      if (next.flow === known.current) return;
      known.current = next.flow;
      saver.schedule(next.flow);
    });
    const stopState = saver.subscribe(setState);
    const stopJournal = log.subscribe(({ problem }) => setJournalProblem(problem));
    setState(saver.getState());
    setJournalProblem(log.getStatus().problem);
    setUnreplayed(journal.unreplayed(flowId));
    const detachFlush = attachFlushOnHide(saver);
    const beat = setInterval(log.beat, BEAT_EVERY_MS);

    return () => {
      stopCommits();
      stopStore();
      stopState();
      stopJournal();
      detachFlush();
      clearInterval(beat);
      // Leaving the flow: write what is pending, then let go (unless this was StrictMode's re-run).
      // The journal goes only once everything is saved; otherwise it is there for the next opening.
      entry.release = setTimeout(() => {
        if (held.current === entry) held.current = null;
        void saver
          .flush()
          .then(() => saver.getState().status === 'saved' && log.close())
          .finally(() => saver.dispose());
      }, 0);
    };
  }, [store, library, flowId, opened, journal, dirty]);

  const flush = useCallback(async () => {
    const saver = held.current?.saver;
    if (!saver) return null;
    await saver.flush();
    return saver.getState();
  }, []);

  const resolveConflict = useCallback(
    async (choice: ConflictChoice) => {
      const entry = held.current;
      if (!entry) return;
      const flow = await entry.saver.resolveConflict(choice);
      if (choice === 'take-theirs') {
        known.current = flow;
        store.load(flow);
        entry.log.rebase(entry.saver.getState().version, store.getState().flow);
      }
    },
    [store],
  );

  const discardUnreplayed = useCallback(() => {
    journal.discardUnreplayed(flowId);
    setUnreplayed(null);
  }, [journal, flowId]);

  return { state, journalProblem, memoryOnly, unreplayed, discardUnreplayed, flush, resolveConflict };
}
