import type { Flow } from '../schema/flow';
import { ConflictError } from './ConflictError';
import { listenForSaves } from './listenForSaves';
import type { SaveMessage } from './broadcastSaves';
import type { StorageError } from './StorageError';
import { toStorageError } from './toStorageError';

export type AutosaveStatus = 'saved' | 'saving' | 'error';

export interface AutosaveState {
  status: AutosaveStatus;
  /** Why the last save failed: a ConflictError (another tab saved) or a StorageError (quota, closed…). */
  error: StorageError | ConflictError | null;
  /** The stored version this tab's next save is based on. */
  version: number;
  /** Another tab saved this flow at this version since we last wrote it (null when not). */
  remoteVersion: number | null;
}

export interface AutosaverOptions {
  flowId: string;
  /** The version the flow was opened at (OpenedFlow.version). */
  version: number;
  /** The flow stored at `version`: a conflict then says what each tab changed from it. */
  flow?: Flow;
  /** Writes the whole flow if the stored version is `baseVersion`; resolves to the new version. */
  save(flow: Flow, baseVersion: number, options?: { force?: boolean }): Promise<number>;
  /**
   * Reads the stored flow now. Given, 'take-theirs' loads the latest stored version rather than the
   * one the conflict saw (a third save may have happened while the dialog was open).
   */
  load?: () => Promise<{ flow: Flow; version: number }>;
  debounceMs?: number;
  /** Where to hear about other tabs' saves; defaults to BroadcastChannel('baton'). */
  listen?: (listener: (message: SaveMessage) => void) => () => void;
}

export type ConflictChoice = 'keep-mine' | 'take-theirs';

/**
 * Debounced, serialised autosave. The in-memory flow is the source of truth: a failed write keeps it
 * pending (status 'error') and never replaces it. Every write is the whole document, so the single
 * retry after a failure is a full write by construction (tldraw's local sync does the same).
 */
export function createAutosaver(options: AutosaverOptions) {
  const debounceMs = options.debounceMs ?? 400;
  const listeners = new Set<(state: AutosaveState) => void>();
  let state: AutosaveState = { status: 'saved', error: null, version: options.version, remoteVersion: null };
  let latest: Flow | null = null;
  /** The flow stored at state.version, as far as this tab knows. */
  let base: Flow | null = options.flow ?? null;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  function set(patch: Partial<AutosaveState>) {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  }

  const conflicted = () => state.error instanceof ConflictError;

  async function writeOnce(flow: Flow): Promise<void> {
    try {
      set({ version: await options.save(flow, state.version) });
    } catch (first) {
      if (first instanceof ConflictError) throw base ? first.withBase(base) : first;
      set({ version: await options.save(flow, state.version) });
    }
    base = flow;
  }

  async function drain(): Promise<void> {
    while (dirty && latest && !conflicted()) {
      const flow = latest;
      dirty = false;
      set({ status: 'saving' });
      try {
        await writeOnce(flow);
      } catch (error) {
        dirty = true; // keep the unsaved flow; the next schedule or flush tries again
        set({ status: 'error', error: toStorageError(error) });
        return;
      }
    }
    if (!dirty && !conflicted()) set({ status: 'saved', error: null });
  }

  function run(): Promise<void> {
    chain = chain.then(drain, drain);
    return chain;
  }

  const stopListening = (options.listen ?? listenForSaves)((message) => {
    if (message.flowId === options.flowId && message.version > state.version) set({ remoteVersion: message.version });
  });

  return {
    get status(): AutosaveStatus {
      return state.status;
    },
    getState: (): AutosaveState => state,
    /** The latest flow handed to the saver, written or not. */
    getFlow: (): Flow | null => latest,

    /** Queues `flow` for saving after `debounceMs` of quiet. */
    schedule(flow: Flow): void {
      latest = flow;
      dirty = true;
      // Only a change of status is news: typing must not re-render every subscriber per keystroke.
      if (!conflicted() && state.status !== 'saving') set({ status: 'saving' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void run();
      }, debounceMs);
    },

    /** Writes any pending flow now (pagehide, closing the flow); resolves when writes have settled. */
    flush(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      return run();
    },

    /**
     * After a ConflictError: 'keep-mine' force-writes this tab's flow over the other tab's save;
     * 'take-theirs' drops local changes and returns the other tab's flow for the editor to load.
     * Resolves to the flow the editor should now show.
     */
    async resolveConflict(choice: ConflictChoice): Promise<Flow> {
      const conflict = state.error;
      if (!(conflict instanceof ConflictError)) throw new Error('There is no conflict to resolve');
      if (choice === 'take-theirs') {
        const theirs = options.load ? await options.load() : { flow: conflict.theirs, version: conflict.theirVersion };
        latest = theirs.flow;
        base = theirs.flow;
        dirty = false;
        set({ status: 'saved', error: null, version: theirs.version, remoteVersion: null });
        return theirs.flow;
      }
      const mine = latest ?? conflict.mine;
      const force = async () => {
        dirty = false;
        set({ status: 'saving', error: null, remoteVersion: null });
        try {
          set({ version: await options.save(mine, conflict.theirVersion, { force: true }) });
          base = mine;
        } catch (error) {
          dirty = true;
          set({ status: 'error', error: toStorageError(error) });
          return;
        }
        await drain(); // edits scheduled while the forced write ran
      };
      chain = chain.then(force, force);
      await chain;
      return mine;
    },

    subscribe(listener: (state: AutosaveState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Stops the timer and the cross-tab listener; call flush() first to keep pending edits. */
    dispose(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      stopListening();
      listeners.clear();
    },
  };
}

export type Autosaver = ReturnType<typeof createAutosaver>;
