import { createEditJournal, type EditJournal } from '../../storage/createEditJournal';
import { removeJournal } from '../../storage/editJournalFormat';
import type { OpenedFlow } from '../../storage/flowLibrary';
import { planRecovery, type RecoveryPlan } from '../../storage/planRecovery';
import { readEditJournals } from '../../storage/readEditJournals';
import { LEGACY_OWNER, legacyUnsavedKey, readLegacyUnsaved } from '../../storage/readLegacyUnsaved';
import { createTabIdentity, type TabIdentity } from '../../storage/createTabIdentity';

export interface UnsavedJournalOptions {
  /** Where the journal lives: localStorage by default (shared by the tabs, so a new tab can recover). */
  storage?: Storage | null;
  /** This tab's sessionStorage, where an older Baton kept unsaved edits (read once, then removed). */
  session?: Storage | null;
  tab?: TabIdentity;
  now?: () => number;
}

/** Where Web Locks are missing, a journal whose tab has not written for this long belongs to a closed tab. */
export const STALE_AFTER_MS = 6000;
/** How often an open flow's journal refreshes its heartbeat. */
export const BEAT_EVERY_MS = 2000;

function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[kind];
  } catch {
    return null; // a sandboxed page or disabled storage throws on access
  }
}

/**
 * The editor's crash journal: on opening a flow, `recover` replays what this tab (restored after a
 * crash) or a tab that is gone left in the journal beyond the stored version; `start` then begins
 * this tab's log with those entries, and drops the logs it took them from.
 */
export function createUnsavedJournal({
  storage = browserStorage('localStorage'),
  session = browserStorage('sessionStorage'),
  tab = createTabIdentity(),
  now = Date.now,
}: UnsavedJournalOptions = {}) {
  const plans = new Map<string, RecoveryPlan>();
  // The journal each flow was last started with in this tab: reopening a flow (Load latest version)
  // starts a new one before the old one closes, and both write under the same keys.
  const current = new Map<string, EditJournal>();
  const unreplayed = new Map<string, { reason: string; owners: string[] }>();

  return {
    storage,
    async recover(flowId: string, stored: OpenedFlow): Promise<RecoveryPlan> {
      await tab.ready;
      let legacy = readLegacyUnsaved(session, flowId);
      if (legacy && 'f' in legacy.entries[0].entry && JSON.stringify(legacy.entries[0].entry.f) === JSON.stringify(stored.flow)) {
        session?.removeItem(legacyUnsavedKey(flowId)); // saved after all
        legacy = null;
      }
      const logs = [...(legacy ? [legacy] : []), ...readEditJournals(storage, flowId)];
      const live = logs.length ? await tab.liveIds() : null;
      const plan = planRecovery(stored, logs, tab.id, (log) => (live ? live.has(log.owner) : now() - log.head.beat < STALE_AFTER_MS));
      plans.set(flowId, plan);
      return plan;
    },

    /** This tab's journal of the opened flow, holding the recovered entries when `recover` found some. */
    start(flowId: string, opened: OpenedFlow): EditJournal {
      const plan = plans.get(flowId);
      plans.delete(flowId);
      if (plan?.failed.length) unreplayed.set(flowId, { reason: plan.failed.map((f) => f.reason).join('; '), owners: plan.failed.map((f) => f.owner) });
      const journal: EditJournal = createEditJournal({ storage, flowId, owner: tab.id, now, owns: () => current.get(flowId) === journal });
      current.set(flowId, journal);
      const entries = plan && plan.flow === opened.flow ? plan.entries : [];
      journal.start(opened.version, opened.flow, entries);
      for (const owner of plan?.adopted ?? []) {
        if (owner === tab.id) continue;
        try {
          if (owner === LEGACY_OWNER) session?.removeItem(legacyUnsavedKey(flowId));
          else if (storage) removeJournal(storage, flowId, owner);
        } catch {
          // removeItem does not fail on a storage we could read; if it ever did, the log would be offered again.
        }
      }
      return journal;
    },

    /** Why unsaved edits found for the flow (a closed tab's) could not be replayed, or null; they stay stored. */
    unreplayed: (flowId: string): string | null => unreplayed.get(flowId)?.reason ?? null,

    /** The user gave up those edits: their logs go. */
    discardUnreplayed(flowId: string): void {
      for (const owner of unreplayed.get(flowId)?.owners ?? []) {
        if (owner === LEGACY_OWNER) session?.removeItem(legacyUnsavedKey(flowId));
        else if (storage) removeJournal(storage, flowId, owner);
      }
      unreplayed.delete(flowId);
    },
  };
}

export type UnsavedJournal = ReturnType<typeof createUnsavedJournal>;
