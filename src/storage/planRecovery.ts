import { applyPatches, type Patch } from 'immer';
import type { Flow } from '../schema/flow';
import { parseFlow } from '../schema/parseFlow';
import type { JournalEntry, JournalMark } from './editJournalFormat';
import type { JournalLog } from './readEditJournals';

export interface StoredForRecovery {
  flow: Flow;
  version: number;
  /** The journal entry the stored flow holds (from its last save), when known. */
  mark?: JournalMark;
}

export interface RecoveryPlan {
  /** The flow to open: the stored one with every recoverable journal entry replayed. */
  flow: Flow;
  /**
   * The version its next save is based on: the stored one, or — when the edits were made on an
   * older version that another tab has since overwritten — that older one, so the save asks
   * through the conflict dialog instead of silently merging.
   */
  baseVersion: number;
  /** The replayed entries, in order (the opening tab's journal starts with them). */
  entries: JournalEntry[];
  /** Owners whose logs were replayed (or held nothing): their logs can go once ours holds the entries. */
  adopted: string[];
  /** Owners whose logs belong to tabs still open: their edits are theirs to save, never applied here. */
  live: string[];
  /** Logs that could not be replayed, kept in storage, with the reason. */
  failed: { owner: string; reason: string }[];
}

function replay(start: Flow, entries: readonly JournalEntry[]): Flow {
  let raw: unknown = start;
  for (const entry of entries) raw = 'f' in entry ? entry.f : applyPatches(raw as object, entry.p as Patch[]);
  const parsed = parseFlow(raw);
  if (!parsed.ok) throw new Error(`${parsed.issues[0]?.path || '/'}: ${parsed.issues[0]?.message ?? 'not a flow'}`);
  return parsed.flow;
}

/**
 * What to open after a reload or crash. Pure: the stored flow, the journals found for it, and who
 * is alive. This tab's own log and logs of tabs that are gone are replayed, entries after the ones
 * the stored flow already holds (its mark, written with the save); logs of live tabs are left alone.
 */
export function planRecovery(stored: StoredForRecovery, logs: readonly JournalLog[], me: string, isAlive: (log: JournalLog) => boolean): RecoveryPlan {
  const plan: RecoveryPlan = { flow: stored.flow, baseVersion: stored.version, entries: [], adopted: [], live: [], failed: [] };
  for (const log of logs) {
    const { owner, head } = log;
    if (owner !== me && isAlive(log)) {
      plan.live.push(owner);
      continue;
    }
    const holdsMark = stored.mark?.owner === owner;
    const from = holdsMark ? Math.max(stored.mark!.seq, head.savedSeq) : head.savedSeq;
    const todo = log.entries.filter((e) => e.seq > from).map((e) => e.entry);
    if (todo.length === 0) {
      plan.adopted.push(owner);
      continue;
    }
    try {
      plan.flow = replay(plan.flow, todo);
    } catch (error) {
      plan.failed.push({ owner, reason: (error as Error).message });
      continue;
    }
    plan.entries.push(...todo);
    plan.adopted.push(owner);
    if (!holdsMark && head.baseVersion !== stored.version) plan.baseVersion = Math.min(plan.baseVersion, head.baseVersion);
  }
  return plan;
}
