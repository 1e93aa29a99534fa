import { LRUCache } from 'lru-cache';
import type { ConversationRow } from './conversationService';

/**
 * The conversation rows this process wrote last, so a turn can skip reading its row: it plays the
 * event on the cached row and writes under the same guard as any turn (the row's counters and queued
 * timer job as the turn read them). A row another process moved makes that write change nothing and
 * hand back the row as it is now, and the turn is played again on it: the cache saves a round trip
 * when it is right and costs none when it is wrong. Never the source of truth: reads for the API
 * (GET) and every turn under the row lock still read the database.
 */
export interface RowCache {
  get(id: string): ConversationRow | undefined;
  /** Keeps the row as written, unless the cache already holds a later one. */
  remember(row: ConversationRow): void;
  /** Drops the entry if it is still `row` (a turn found it stale), or whatever it is (no `row`). */
  forget(id: string, row?: ConversationRow): void;
}

/** Turns on the cache; `max` rows (least recently used go first); 0 keeps nothing. */
export function createRowCache(max: number): RowCache {
  if (max <= 0) return { get: () => undefined, remember: () => {}, forget: () => {} };
  const rows = new LRUCache<string, ConversationRow>({ max });
  return {
    get: (id) => rows.get(id),
    remember(row) {
      const held = rows.peek(row.id);
      if (held && (held.next_seq > row.next_seq || held.next_input > row.next_input)) return;
      rows.set(row.id, row);
    },
    forget(id, row) {
      if (row === undefined || rows.peek(id) === row) rows.delete(id);
    },
  };
}
