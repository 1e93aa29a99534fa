import { nanoid } from 'nanoid';

const SESSION_KEY = 'baton.tabId';
const LOCK_PREFIX = 'baton.tab:';

/** The slice of the Web Locks API used here (navigator.locks). */
export interface TabLocks {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

export interface TabIdentity {
  /** This tab's id; final once `ready` resolves. */
  readonly id: string;
  readonly ready: Promise<void>;
  /**
   * The ids of tabs open now, or null where the browser cannot tell (no Web Locks): callers then
   * fall back to the journal's heartbeat.
   */
  liveIds(): Promise<Set<string> | null>;
}

/**
 * Who this tab is, for the edit journal. The id lives in sessionStorage, so a reloaded or restored
 * (crashed) tab is the same owner and replays its own journal. Each tab holds a Web Lock named
 * after its id for as long as it lives; the browser releases it when the tab closes or its renderer
 * crashes, so another tab can tell a crashed tab's journal (recover it) from a live one (leave it).
 * A duplicated tab copies sessionStorage: finding the lock taken, it picks a fresh id.
 */
export function createTabIdentity(
  session: Storage | null = typeof sessionStorage === 'undefined' ? null : sessionStorage,
  locks: TabLocks | null = typeof navigator !== 'undefined' && navigator.locks ? (navigator.locks as unknown as TabLocks) : null,
  newId: () => string = () => nanoid(10),
): TabIdentity {
  let id = readSession(session) ?? newId();

  // Resolves true once this tab holds the lock, false when another live tab does.
  const hold = (name: string) =>
    new Promise<boolean>((resolve) => {
      void locks!
        .request(LOCK_PREFIX + name, { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          return lock === null ? undefined : new Promise<void>(() => {}); // held for the tab's life
        })
        .catch(() => resolve(true));
    });

  const ready = (async () => {
    if (locks && !(await hold(id))) {
      id = newId();
      await hold(id);
    }
    writeSession(session, id);
  })();

  return {
    get id() {
      return id;
    },
    ready,
    async liveIds() {
      if (!locks) return null;
      try {
        const { held = [] } = await locks.query();
        return new Set(held.flatMap((l) => (l.name?.startsWith(LOCK_PREFIX) ? [l.name.slice(LOCK_PREFIX.length)] : [])));
      } catch {
        return null;
      }
    },
  };
}

function readSession(session: Storage | null): string | null {
  try {
    return session?.getItem(SESSION_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeSession(session: Storage | null, id: string): void {
  try {
    session?.setItem(SESSION_KEY, id);
  } catch {
    // Without sessionStorage a reloaded tab is a new owner; it still recovers the old log as a closed tab's.
  }
}
