import { flowPrefix, storageKeys, type JournalEntry, type JournalHead } from './editJournalFormat';

/** One tab's log of one flow, as found in storage. */
export interface JournalLog {
  owner: string;
  head: JournalHead;
  /** Entries in order of `seq`; a key that is not valid JSON ends the log there (later ones cannot apply). */
  entries: { seq: number; entry: JournalEntry }[];
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function isHead(value: unknown): value is JournalHead {
  const head = value as Partial<JournalHead> | null;
  return !!head && [head.baseVersion, head.savedSeq, head.lastSeq, head.beat].every((n) => typeof n === 'number');
}

function isEntry(value: unknown): value is JournalEntry {
  const entry = value as { p?: unknown; f?: unknown } | null;
  return !!entry && (Array.isArray(entry.p) || (typeof entry.f === 'object' && entry.f !== null));
}

/** Every tab's journal of `flowId` in `storage` (localStorage), whoever wrote it. Never throws. */
export function readEditJournals(storage: Storage | null, flowId: string): JournalLog[] {
  if (!storage) return [];
  try {
    const prefix = flowPrefix(flowId);
    const logs = new Map<string, JournalLog>();
    const entries: { owner: string; seq: number; raw: string | null }[] = [];
    for (const key of storageKeys(storage)) {
      if (!key.startsWith(prefix)) continue;
      const [owner, seqText, ...rest] = key.slice(prefix.length).split(':');
      if (!owner || rest.length) continue;
      if (seqText === undefined) {
        const head = parseJson(storage.getItem(key));
        if (isHead(head)) logs.set(owner, { owner, head, entries: [] });
      } else if (/^\d+$/.test(seqText)) {
        entries.push({ owner, seq: Number(seqText), raw: storage.getItem(key) });
      }
    }
    entries.sort((a, b) => a.seq - b.seq);
    const broken = new Set<string>();
    for (const { owner, seq, raw } of entries) {
      const log = logs.get(owner);
      if (!log || broken.has(owner)) continue;
      const entry = parseJson(raw);
      if (isEntry(entry)) log.entries.push({ seq, entry });
      else broken.add(owner);
    }
    return [...logs.values()].sort((a, b) => a.head.beat - b.head.beat);
  } catch {
    return [];
  }
}
