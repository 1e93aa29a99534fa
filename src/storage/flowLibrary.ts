import { nanoid } from 'nanoid';
import type { Flow } from '../schema/flow';
import { broadcastSaves, type SaveMessage } from './broadcastSaves';
import { ConflictError } from './ConflictError';
import type { JournalMark } from './editJournalFormat';
import type { BatonDb, FlowRecord } from './db';
import { guardStorage } from './guardStorage';
import { readStoredFlow } from './readStoredFlow';
import { createRevisionStore, recordAutoRevision, type RevisionOptions } from './revisionStore';
import { StorageError } from './StorageError';

export interface FlowSummary {
  id: string;
  name: string;
  updatedAt: number;
  version: number;
  deletedAt: number | null;
  /** null when the stored flow no longer parses; `problem` then says where and why. */
  nodeCount: number | null;
  problem: string | null;
}

/** A flow as loaded for editing, with the version its next save must be based on. */
export interface OpenedFlow {
  flow: Flow;
  version: number;
  /** The edit-journal entry the stored flow holds (see planRecovery), when its last save said. */
  mark?: JournalMark;
  /** When `flow` holds recovered edits: the stored flow they were replayed on (what a conflict diffs from). */
  base?: Flow;
}

export interface SaveOptions {
  /** The user chose "Keep my version": skip the version check. */
  force?: boolean;
  /** The journal entry `flow` reflects, stored with it so recovery skips what is saved. */
  journal?: JournalMark;
}

export interface FlowLibraryOptions extends Partial<RevisionOptions> {
  newId?: () => string;
  broadcast?: (message: SaveMessage) => void;
}

const LAST_OPENED = 'lastOpenedFlowId';

function summarise(record: FlowRecord): FlowSummary {
  let nodeCount: number | null = null;
  let problem: string | null = null;
  try {
    nodeCount = readStoredFlow(record.flow, `flow "${record.name}"`).nodes.length;
  } catch (error) {
    problem = (error as Error).message;
  }
  const { id, name, updatedAt, version, deletedAt } = record;
  return { id, name, updatedAt, version, deletedAt, nodeCount, problem };
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 200) throw new StorageError('invalid', 'A flow name needs 1–200 characters');
  return trimmed;
}

/** The flow library over one database handle: CRUD, soft delete, last opened, versioned saves, revisions. */
export function createFlowLibrary(db: BatonDb, options: FlowLibraryOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => nanoid(12));
  const broadcast = options.broadcast ?? broadcastSaves;
  const revisionOptions: RevisionOptions = {
    now,
    revisionIntervalMinutes: options.revisionIntervalMinutes ?? 5,
    maxAutoRevisions: options.maxAutoRevisions ?? 50,
  };

  async function getLive(id: string): Promise<FlowRecord> {
    const record = await db.flows.get(id);
    if (!record || record.deletedAt !== null) throw new StorageError('not-found', `No flow with id "${id}" in the library`);
    return record;
  }

  async function insert(input: Flow, ifIdTaken: 'fail' | 'fresh-id' = 'fail'): Promise<OpenedFlow> {
    const flow = await db.transaction('rw', db.flows, async () => {
      let next = input;
      if (await db.flows.get(input.id)) {
        if (ifIdTaken === 'fail') throw new StorageError('duplicate', `A flow with id "${input.id}" is already in the library`);
        next = { ...input, id: newId() }; // importing the same file twice makes a second flow
      }
      await db.flows.add({ id: next.id, name: next.name, updatedAt: now(), deletedAt: null, version: 1, flow: next });
      return next;
    });
    broadcast({ type: 'created', flowId: flow.id, version: 1 });
    return { flow, version: 1 };
  }

  async function update(id: string, change: (record: FlowRecord) => Partial<FlowRecord>, type: SaveMessage['type']): Promise<number> {
    const version = await db.transaction('rw', db.flows, async () => {
      const record = await db.flows.get(id);
      if (!record) throw new StorageError('not-found', `No flow with id "${id}" in the library`);
      const next = { ...record, ...change(record), version: record.version + 1 };
      await db.flows.put(next);
      return next.version;
    });
    broadcast({ type, flowId: id, version });
    return version;
  }

  return {
    db,
    ...createRevisionStore(db, revisionOptions),

    /** Why flows are kept in memory only (IndexedDB unavailable; see withMemoryFallback), or null. */
    storageProblem: (): Promise<StorageError | null> => Promise.resolve(null),

    /** Flows in the library (soft-deleted ones excluded), most recently updated first. */
    listFlows: (): Promise<FlowSummary[]> =>
      guardStorage(async () => {
        const records = await db.flows.toArray();
        return records.filter((r) => r.deletedAt === null).sort((a, b) => b.updatedAt - a.updatedAt).map(summarise);
      }),

    /** Adds a flow; with `ifIdTaken: 'fresh-id'` (imports) a taken id is replaced instead of refused. */
    createFlow: (flow: Flow, { ifIdTaken = 'fail' }: { ifIdTaken?: 'fail' | 'fresh-id' } = {}): Promise<OpenedFlow> =>
      guardStorage(() => insert(flow, ifIdTaken)),

    /** Loads a flow for editing and remembers it as the last one opened. */
    openFlow: (id: string): Promise<OpenedFlow> =>
      guardStorage(async () => {
        const record = await getLive(id);
        const flow = readStoredFlow(record.flow, `flow "${record.name}"`);
        await db.meta.put({ key: LAST_OPENED, value: id });
        const { journal } = record;
        return journal?.version === record.version ? { flow, version: record.version, mark: { owner: journal.owner, seq: journal.seq } } : { flow, version: record.version };
      }),

    /** The id of the flow opened last, if it is still in the library. */
    getLastOpened: (): Promise<string | null> =>
      guardStorage(async () => {
        const value = (await db.meta.get(LAST_OPENED))?.value;
        if (typeof value !== 'string') return null;
        const record = await db.flows.get(value);
        return record && record.deletedAt === null ? value : null;
      }),

    renameFlow: (id: string, name: string): Promise<number> =>
      guardStorage(async () => {
        const trimmed = checkName(name);
        await getLive(id);
        return update(id, (r) => ({ name: trimmed, updatedAt: now(), flow: { ...(r.flow as object), name: trimmed } }), 'renamed');
      }),

    /** A copy under a fresh id, named "… (copy)". */
    duplicateFlow: (id: string): Promise<OpenedFlow> =>
      guardStorage(async () => {
        const record = await getLive(id);
        const flow = readStoredFlow(record.flow, `flow "${record.name}"`);
        const name = `${flow.name} (copy)`.slice(0, 200);
        return insert({ ...structuredClone(flow), id: newId(), name });
      }),

    /** Soft delete: the flow leaves the list but can be brought back with restoreFlow (the "Undo" toast). */
    deleteFlow: (id: string): Promise<void> =>
      guardStorage(async () => {
        await getLive(id);
        await update(id, () => ({ deletedAt: now() }), 'deleted');
      }),

    restoreFlow: (id: string): Promise<void> =>
      guardStorage(async () => {
        await update(id, () => ({ deletedAt: null }), 'restored');
      }),

    /** Removes soft-deleted flows (and their revisions) deleted more than `olderThanMs` ago. */
    purgeDeleted: (olderThanMs = 0): Promise<number> =>
      guardStorage(() =>
        db.transaction('rw', db.flows, db.revisions, async () => {
          const cutoff = now() - olderThanMs;
          // Live flows have deletedAt null, which IndexedDB leaves out of the index: only deleted ones are read.
          const doomed = await db.flows.where('deletedAt').belowOrEqual(cutoff).primaryKeys();
          for (const id of doomed) await db.revisions.where('flowId').equals(id).delete();
          await db.flows.bulkDelete(doomed);
          return doomed.length;
        }),
      ),

    /**
     * Writes `flow` if the stored version is still `baseVersion`; otherwise refuses with a
     * ConflictError carrying both flows. `force` (the user chose "Keep my version") skips the check.
     * Returns the new version.
     */
    saveFlow: (flow: Flow, baseVersion: number, { force = false, journal }: SaveOptions = {}): Promise<number> =>
      guardStorage(async () => {
        const version = await db.transaction('rw', db.flows, db.revisions, async () => {
          const record = await db.flows.get(flow.id);
          if (!record || record.deletedAt !== null) {
            throw new StorageError('not-found', `"${flow.name}" is no longer in the library (deleted in another tab?); restore it or export it to keep a copy`);
          }
          if (!force && record.version !== baseVersion) {
            const theirs = readStoredFlow(record.flow, `flow "${record.name}"`);
            throw new ConflictError({ flowId: flow.id, mine: flow, theirs, baseVersion, theirVersion: record.version, theirSavedAt: record.updatedAt });
          }
          const nextVersion = record.version + 1;
          const mark = journal ? { journal: { owner: journal.owner, seq: journal.seq, version: nextVersion } } : {};
          const next: FlowRecord = { ...record, name: flow.name, updatedAt: now(), version: nextVersion, flow, ...mark };
          await db.flows.put(next);
          await recordAutoRevision(db, flow, revisionOptions);
          return next.version;
        });
        broadcast({ type: 'saved', flowId: flow.id, version });
        return version;
      }),
  };
}

export type FlowLibrary = ReturnType<typeof createFlowLibrary>;
