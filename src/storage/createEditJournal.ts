import type { Patch } from 'immer';
import type { Flow } from '../schema/flow';
import { entryKey, headKey, isQuotaError, removeJournal, type JournalEntry, type JournalHead, type JournalMark } from './editJournalFormat';

export interface EditJournalOptions {
  /** localStorage in the app; null where the browser offers none (the journal then only warns). */
  storage: Storage | null;
  flowId: string;
  /** This tab's id (see createTabIdentity). */
  owner: string;
  now?: () => number;
  /**
   * False once a newer journal of the same flow and tab has started (the flow was reopened): this
   * one then writes nothing more, since both use the same keys.
   */
  owns?: () => boolean;
}

export interface EditJournalStatus {
  /** null while every committed edit is in the journal; otherwise why edits are held in memory only. */
  problem: string | null;
}

/** A storage that fills up again within this many edits of a whole-flow write is left alone until the next save. */
const WHOLE_AGAIN_AFTER = 50;

const FULL =
  "Crash protection is paused: your browser's storage is full, so edits made since the last save are kept in this tab's memory only";
const MISSING =
  "Crash protection is off: this browser offers no local storage, so edits made since the last save are kept in this tab's memory only";

/**
 * This tab's journal of one flow: every committed edit is appended synchronously (its immer
 * patches), so a crash a moment later loses nothing; when a save reaches IndexedDB the entries it
 * holds are dropped. Storage that is full: the whole flow is written in place of the entries; if
 * even that fails, edits stay in memory, `problem` says so, and no further write is tried until the
 * next save lands (so typing never pays for a failing write per keystroke).
 */
export function createEditJournal({ storage: given, flowId, owner, now = Date.now, owns = () => true }: EditJournalOptions) {
  const target = () => (given && owns() ? given : null);
  const head: JournalHead = { baseVersion: 0, savedSeq: 0, lastSeq: 0, beat: now() };
  const seqOf = new WeakMap<Flow, number>();
  const listeners = new Set<(status: EditJournalStatus) => void>();
  const headAt = headKey(flowId, owner);
  let latest: Flow | null = null;
  let problem: string | null = given ? null : MISSING;
  /** No entry below this seq is in storage (removing keys never walks what is already gone). */
  let firstStored = 1;
  /** Where the last whole-flow fallback was written, if any. */
  let wholeAt = -Infinity;

  function setProblem(next: string | null) {
    if (next === problem) return;
    problem = next;
    for (const listener of listeners) listener({ problem });
  }

  function previousLastSeq(store: Storage): number {
    try {
      const last = (JSON.parse(store.getItem(headAt) ?? 'null') as Partial<JournalHead> | null)?.lastSeq;
      return typeof last === 'number' && Number.isSafeInteger(last) && last > 0 ? last : 0;
    } catch {
      return 0;
    }
  }

  function writeHead(store: Storage) {
    head.beat = now();
    store.setItem(headAt, JSON.stringify(head));
  }

  function write(seq: number, entry: JournalEntry, store: Storage) {
    store.setItem(entryKey(flowId, owner, seq), JSON.stringify(entry));
    writeHead(store);
  }

  function removeUpTo(store: Storage, last: number) {
    for (let seq = firstStored; seq <= last; seq++) store.removeItem(entryKey(flowId, owner, seq));
    firstStored = Math.max(firstStored, last + 1);
  }

  /** The fallback when storage is full: the whole flow replaces every unsaved entry. */
  function writeWhole(store: Storage): boolean {
    if (!latest) return false;
    try {
      removeUpTo(store, head.lastSeq - 1);
      write(head.lastSeq, { f: latest }, store);
      wholeAt = head.lastSeq;
      return true;
    } catch {
      return false;
    }
  }

  function append(seq: number, entry: JournalEntry) {
    const storage = target();
    if (!storage || problem) return; // held in memory until the next save lands
    try {
      write(seq, entry, storage);
    } catch (error) {
      // Full again soon after a whole-flow write: writing the whole flow every few keystrokes would
      // cost typing more than it protects, so pause instead.
      if (isQuotaError(error) && seq - wholeAt > WHOLE_AGAIN_AFTER && writeWhole(storage)) return;
      setProblem(isQuotaError(error) ? FULL : `Crash protection is paused: ${(error as Error).message}`);
    }
  }

  function saved(mark: JournalMark, version: number): void {
    if (mark.seq < head.savedSeq) return;
    Object.assign(head, { savedSeq: mark.seq, baseVersion: version });
    const storage = target();
    if (!storage) return;
    try {
      removeUpTo(storage, mark.seq);
      if (problem && head.lastSeq > mark.seq) {
        // Edits made while paused exist only in memory: write them as the whole flow.
        if (!writeWhole(storage)) return;
      } else {
        writeHead(storage);
      }
      setProblem(null);
    } catch {
      // Still full: stay paused; the warning is already showing.
    }
  }

  return {
    owner,

    /**
     * Starts this tab's log of the flow afresh at `baseVersion`, holding `entries` (edits recovered
     * from a journal, not yet saved); `flow` is the document they lead to.
     */
    start(baseVersion: number, flow: Flow, entries: readonly JournalEntry[] = []): void {
      const storage = target();
      // Numbering goes on from this tab's previous log of the flow, so a save mark it left never
      // names one of the new entries.
      const first = storage ? previousLastSeq(storage) : 0;
      Object.assign(head, { baseVersion, savedSeq: first, lastSeq: first + entries.length });
      firstStored = first + 1;
      latest = flow;
      seqOf.set(flow, head.lastSeq);
      if (!storage) return;
      try {
        removeJournal(storage, flowId, owner);
        entries.forEach((entry, i) => storage.setItem(entryKey(flowId, owner, first + i + 1), JSON.stringify(entry)));
        writeHead(storage);
      } catch (error) {
        if (!(isQuotaError(error) && writeWhole(storage))) setProblem(FULL);
      }
    },

    /** Records one committed edit: `patches` turned the previous flow into `flow`. Synchronous. */
    append(flow: Flow, patches: readonly Patch[]): void {
      const seq = ++head.lastSeq;
      seqOf.set(flow, seq);
      latest = flow;
      append(seq, { p: patches });
    },

    /** What a save of `flow` stores beside it, so a later recovery knows which entries it already holds. */
    markFor(flow: Flow): JournalMark {
      return { owner, seq: seqOf.get(flow) ?? head.lastSeq };
    },

    /** A save with `mark` landed as `version`: drop the entries it holds, and retry a paused journal. */
    saved,

    /** The flow was replaced by the stored one at `version` (the other tab's, after a conflict). */
    rebase(version: number, flow: Flow): void {
      saved({ owner, seq: head.lastSeq }, version);
      latest = flow;
      seqOf.set(flow, head.lastSeq);
    },

    /** Refreshes the head's timestamp (a liveness hint for browsers without Web Locks). */
    beat(): void {
      try {
        const storage = target();
        if (storage && !problem) writeHead(storage);
      } catch {
        // A full storage is reported by the next append.
      }
    },

    /** Leaving the flow with everything saved: the log goes. */
    close(): void {
      try {
        const storage = target();
        if (storage) removeJournal(storage, flowId, owner);
      } catch {
        // Nothing to do; a leftover log holds no entries and is removed by the next recovery.
      }
    },

    getStatus: (): EditJournalStatus => ({ problem }),
    subscribe(listener: (status: EditJournalStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EditJournal = ReturnType<typeof createEditJournal>;
