import { Dexie } from 'dexie';
import type { Flow } from '../schema/flow';
import type { BatonDb, RevisionRecord } from './db';
import { guardStorage } from './guardStorage';
import { readStoredFlow } from './readStoredFlow';
import { StorageError } from './StorageError';

export interface RevisionSummary {
  seq: number;
  flowId: string;
  createdAt: number;
  /** The checkpoint's name, or null for an automatic revision. */
  name: string | null;
  /** null when the stored revision no longer parses; `problem` says why. */
  nodeCount: number | null;
  problem: string | null;
}

export interface RevisionOptions {
  now: () => number;
  /** Automatic revisions are taken at most this often while someone edits. */
  revisionIntervalMinutes: number;
  /** Older automatic revisions beyond this count are pruned; named checkpoints are kept. */
  maxAutoRevisions: number;
}

function summarise(record: RevisionRecord): RevisionSummary {
  let nodeCount: number | null = null;
  let problem: string | null = null;
  try {
    nodeCount = readStoredFlow(record.flow, 'revision').nodes.length;
  } catch (error) {
    problem = (error as Error).message;
  }
  return { seq: record.seq!, flowId: record.flowId, createdAt: record.createdAt, name: record.name, nodeCount, problem };
}

/** Newest first (ties by insertion order), from the [flowId+createdAt] index. */
function revisionsOf(db: BatonDb, flowId: string): Promise<RevisionRecord[]> {
  return db.revisions
    .where('[flowId+createdAt]')
    .between([flowId, Dexie.minKey], [flowId, Dexie.maxKey])
    .reverse()
    .toArray();
}

/** A flow's automatic revisions, oldest first; read keys only, never the stored flows. */
function autoRevisionsOf(db: BatonDb, flowId: string) {
  return db.revisions.where('[flowId+kind+createdAt]').between([flowId, 'auto', Dexie.minKey], [flowId, 'auto', Dexie.maxKey]);
}

/**
 * Called inside the save transaction: records an automatic revision when the last one is at least
 * `revisionIntervalMinutes` old, so history grows with editing time, not with keystrokes. Only index
 * keys are read, so a save costs the same with 0 or 50 revisions kept.
 */
export async function recordAutoRevision(db: BatonDb, flow: Flow, options: RevisionOptions): Promise<void> {
  const now = options.now();
  const [latestKey] = await autoRevisionsOf(db, flow.id).reverse().limit(1).keys(); // [flowId, 'auto', createdAt]
  if (Array.isArray(latestKey) && now - Number(latestKey[2]) < options.revisionIntervalMinutes * 60_000) return;
  await db.revisions.add({ flowId: flow.id, createdAt: now, name: null, kind: 'auto', flow });
  const excess = (await autoRevisionsOf(db, flow.id).count()) - Math.max(1, options.maxAutoRevisions);
  if (excess > 0) await db.revisions.bulkDelete(await autoRevisionsOf(db, flow.id).limit(excess).primaryKeys());
}

/** Revisions of a flow: automatic ones, named checkpoints, listing and restoring. */
export function createRevisionStore(db: BatonDb, options: RevisionOptions) {
  async function getRecord(seq: number): Promise<RevisionRecord> {
    const record = await db.revisions.get(seq);
    if (!record) throw new StorageError('not-found', `Revision ${seq} no longer exists`);
    return record;
  }

  return {
    /** A named checkpoint of `flow` (or of the stored flow when omitted: flush autosave first). */
    createCheckpoint: (flowId: string, name: string, flow?: Flow): Promise<RevisionSummary> =>
      guardStorage(async () => {
        const label = name.trim();
        if (!label || label.length > 120) throw new StorageError('invalid', 'A checkpoint name needs 1–120 characters');
        let content: unknown = flow;
        if (!content) {
          const record = await db.flows.get(flowId);
          if (!record) throw new StorageError('not-found', `No flow with id "${flowId}" in the library`);
          content = record.flow;
        }
        const stored = readStoredFlow(content, 'flow');
        if (stored.id !== flowId) throw new StorageError('invalid', `The checkpoint's flow has id "${stored.id}", expected "${flowId}"`);
        const record: RevisionRecord = { flowId, createdAt: options.now(), name: label, kind: 'checkpoint', flow: stored };
        const seq = await db.revisions.add(record);
        return summarise({ ...record, seq });
      }),

    /** Newest first. */
    listRevisions: (flowId: string): Promise<RevisionSummary[]> =>
      guardStorage(async () => (await revisionsOf(db, flowId)).map(summarise)),

    /** The flow as it was at that revision; the editor loads it as one undoable replace. */
    restoreRevision: (seq: number): Promise<Flow> =>
      guardStorage(async () => readStoredFlow((await getRecord(seq)).flow, `revision ${seq}`)),
  };
}

export type RevisionStore = ReturnType<typeof createRevisionStore>;
