import type { JournalLog } from './readEditJournals';

/** Where Baton before the edit journal kept a tab's unsaved flow (sessionStorage). */
export const legacyUnsavedKey = (flowId: string): string => `baton.unsaved.${flowId}`;
/** The owner name the old copy is replayed under; no tab has it, so it always counts as closed. */
export const LEGACY_OWNER = 'session-copy';

/**
 * The unsaved copy an older Baton left in this tab's sessionStorage ({ flow, baseVersion }), as a
 * one-entry journal log holding the whole flow, so an upgrade in the middle of unsaved work loses
 * nothing. The flow is checked by planRecovery (parseFlow) like any replayed entry. Never throws.
 */
export function readLegacyUnsaved(session: Storage | null, flowId: string): JournalLog | null {
  try {
    const raw = session?.getItem(legacyUnsavedKey(flowId));
    if (!raw) return null;
    const { flow, baseVersion } = JSON.parse(raw) as { flow?: unknown; baseVersion?: unknown };
    if (typeof flow !== 'object' || flow === null || typeof baseVersion !== 'number') return null;
    return { owner: LEGACY_OWNER, head: { baseVersion, savedSeq: 0, lastSeq: 1, beat: 0 }, entries: [{ seq: 1, entry: { f: flow } }] };
  } catch {
    return null;
  }
}
