import { describe, expect, it } from 'vitest';
import { createTabIdentity, type TabLocks } from '../../src/storage/createTabIdentity';
import { memoryStorage } from './memoryStorage';

/** Web Locks as the browser keeps them: a name is held until its holder's promise settles (here: never). */
function fakeLocks(): TabLocks & { release(name: string): void } {
  const held = new Set<string>();
  return {
    async request(name, { ifAvailable }, callback) {
      if (held.has(name) && ifAvailable) return callback(null);
      held.add(name);
      return callback({ name });
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
    release: (name) => void held.delete(name),
  };
}

describe('createTabIdentity', () => {
  it('keeps the id a reloaded tab had (sessionStorage), and lists the tabs holding their lock', async () => {
    const locks = fakeLocks();
    const session = memoryStorage();
    const first = createTabIdentity(session, locks, () => 'first');
    await first.ready;
    expect(first.id).toBe('first');
    expect([...(await first.liveIds())!]).toEqual(['first']);

    locks.release('baton.tab:first'); // the tab crashed: the browser let its lock go
    const restored = createTabIdentity(session, locks, () => 'other');
    await restored.ready;
    expect(restored.id).toBe('first');
  });

  it('gives a duplicated tab (same sessionStorage, first tab still open) an id of its own', async () => {
    const locks = fakeLocks();
    const session = memoryStorage();
    await createTabIdentity(session, locks, () => 'original').ready;
    const copy = createTabIdentity(memoryStorage(), locks, () => 'copy');
    const duplicate = createTabIdentity(session, locks, () => 'duplicate');
    await Promise.all([copy.ready, duplicate.ready]);
    expect(duplicate.id).toBe('duplicate');
    expect([...(await duplicate.liveIds())!].sort()).toEqual(['copy', 'duplicate', 'original']);
  });

  it('cannot tell who is alive without Web Locks (the journal then uses its heartbeat)', async () => {
    const tab = createTabIdentity(memoryStorage(), null, () => 'solo');
    await tab.ready;
    expect(tab.id).toBe('solo');
    expect(await tab.liveIds()).toBeNull();
  });
});
