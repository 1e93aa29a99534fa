import type { Patch } from 'immer';

/**
 * The edit journal as it sits in localStorage: one log per flow and per tab ("owner"), a small
 * head plus one key per committed edit, so appending an edit writes only that edit (tldraw and
 * Excalidraw keep their local logs the same way).
 *
 *   baton.journal:<flowId>:<owner>        → JournalHead
 *   baton.journal:<flowId>:<owner>:<seq>  → JournalEntry
 */
export interface JournalHead {
  /** The stored (IndexedDB) version the entries after `savedSeq` apply to. */
  baseVersion: number;
  /** Entries up to this one are in IndexedDB already (removed when the save landed). */
  savedSeq: number;
  /** The newest entry written. */
  lastSeq: number;
  /** When the owning tab last wrote (a liveness hint where the Web Locks API is missing). */
  beat: number;
}

/** The patches of one committed edit, or the whole flow (written when storage was too full for patches). */
export type JournalEntry = { p: readonly Patch[] } | { f: unknown };

/** Which journal entry a stored flow holds: written with each save, in the same IndexedDB transaction. */
export interface JournalMark {
  owner: string;
  seq: number;
}

const PREFIX = 'baton.journal:';

export const flowPrefix = (flowId: string): string => `${PREFIX}${encodeURIComponent(flowId)}:`;
export const headKey = (flowId: string, owner: string): string => flowPrefix(flowId) + owner;
export const entryKey = (flowId: string, owner: string, seq: number): string => `${headKey(flowId, owner)}:${seq}`;

/** Every key of `storage` (a snapshot: removing keys while walking would skip some). */
export function storageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Removes one owner's log of one flow: its head and every entry. */
export function removeJournal(storage: Storage, flowId: string, owner: string): void {
  const head = headKey(flowId, owner);
  for (const key of storageKeys(storage)) {
    if (key === head || key.startsWith(`${head}:`)) storage.removeItem(key);
  }
}

/** True for the browsers' "storage is full" errors (named differently by Firefox). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
