import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { JournalMark } from './editJournalFormat';

/** A flow as stored. `flow` is raw JSON: every read goes through parseFlow, the one way in. */
export interface FlowRecord {
  id: string;
  name: string;
  updatedAt: number;
  /** Set by a soft delete (so "Undo" can restore); null while the flow is in the library. */
  deletedAt: number | null;
  /** Incremented on every write; saves name the version they were based on (optimistic concurrency). */
  version: number;
  flow: unknown;
  /**
   * The edit-journal entry this flow holds, set by saves from the editor (same transaction). Valid
   * while `version` matches: other writes (a rename from the library) leave it stale.
   */
  journal?: JournalMark & { version: number };
}

export interface RevisionRecord {
  seq?: number;
  flowId: string;
  createdAt: number;
  /** A named checkpoint, or null for an automatic revision. */
  name: string | null;
  /**
   * 'auto' when `name` is null. IndexedDB leaves null out of indexes, so this field is what lets an
   * autosave find the latest automatic revision through [flowId+kind+createdAt] without reading any.
   */
  kind: RevisionKind;
  flow: unknown;
}

export type RevisionKind = 'auto' | 'checkpoint';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export type BatonDb = Dexie & {
  flows: EntityTable<FlowRecord, 'id'>;
  revisions: EntityTable<RevisionRecord, 'seq'>;
  meta: EntityTable<MetaRecord, 'key'>;
};

export const DB_NAME = 'baton';

/**
 * Opens (lazily, on first use) the "baton" IndexedDB database. Tests and other tabs open their own
 * handle on the same name; `indexedDB` may be passed to run without the global one.
 */
export function openBatonDb(name: string = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): BatonDb {
  const db = new Dexie(name, options) as BatonDb;
  db.version(1).stores({
    flows: 'id, name, updatedAt, deletedAt',
    revisions: '++seq, flowId, createdAt, [flowId+createdAt]',
    meta: 'key',
  });
  // v2: revisions gain `kind` and the [flowId+kind+createdAt] index, so saving stays flat however
  // many revisions are kept. Existing revisions are kept and labelled from their name.
  db.version(2)
    .stores({ revisions: '++seq, flowId, createdAt, [flowId+createdAt], [flowId+kind+createdAt]' })
    .upgrade(labelRevisionKinds);
  return db;
}

function labelRevisionKinds(tx: Transaction): Promise<number> {
  return tx
    .table<RevisionRecord>('revisions')
    .toCollection()
    .modify((record) => {
      record.kind = record.name === null ? 'auto' : 'checkpoint';
    });
}
