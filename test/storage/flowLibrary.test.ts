import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openBatonDb } from '../../src/storage/db';
import { createFlowLibrary } from '../../src/storage/flowLibrary';
import { StorageError } from '../../src/storage/StorageError';
import { makeFlow, makeLibrary } from './helpers';

describe('flow library', () => {
  it('creates, lists (newest first, with node counts) and opens flows', async () => {
    let t = 1000;
    const { library } = makeLibrary({ now: () => t });
    await library.createFlow(makeFlow('a', 'Alpha'));
    t = 2000;
    await library.createFlow(makeFlow('b', 'Beta'));
    const list = await library.listFlows();
    expect(list.map((f) => [f.name, f.updatedAt, f.nodeCount])).toEqual([
      ['Beta', 2000, 5],
      ['Alpha', 1000, 5],
    ]);
    const opened = await library.openFlow('a');
    expect(opened).toEqual({ flow: makeFlow('a', 'Alpha'), version: 1 });
  });

  it('refuses a taken id (unless asked for a fresh one) and an unknown id, naming it', async () => {
    const { library } = makeLibrary();
    await library.createFlow(makeFlow('a'));
    await expect(library.createFlow(makeFlow('a'))).rejects.toMatchObject({ kind: 'duplicate', message: expect.stringContaining('"a"') });
    const imported = await library.createFlow(makeFlow('a', 'Imported again'), { ifIdTaken: 'fresh-id' });
    expect(imported.flow.id).not.toBe('a');
    expect((await library.openFlow(imported.flow.id)).flow.name).toBe('Imported again');
    await expect(library.openFlow('zzz')).rejects.toMatchObject({ kind: 'not-found', message: 'No flow with id "zzz" in the library' });
  });

  it('remembers the last opened flow, forgetting it once deleted', async () => {
    const { library, name } = makeLibrary();
    expect(await library.getLastOpened()).toBeNull();
    await library.createFlow(makeFlow('a'));
    await library.createFlow(makeFlow('b'));
    await library.openFlow('b');
    // A new page load: a new handle on the same database.
    const reloaded = createFlowLibrary(openBatonDb(name), { broadcast: () => {} });
    expect(await reloaded.getLastOpened()).toBe('b');
    await reloaded.deleteFlow('b');
    expect(await reloaded.getLastOpened()).toBeNull();
  });

  it('renames in the record and the document, bumping the version', async () => {
    const { library } = makeLibrary();
    await library.createFlow(makeFlow('a', 'Old'));
    const version = await library.renameFlow('a', '  New name ');
    expect(version).toBe(2);
    const opened = await library.openFlow('a');
    expect(opened.flow.name).toBe('New name');
    expect((await library.listFlows())[0].name).toBe('New name');
    await expect(library.renameFlow('a', '   ')).rejects.toThrow('A flow name needs 1–200 characters');
  });

  it('duplicates under a fresh id and "(copy)" name', async () => {
    const { library } = makeLibrary({ newId: () => 'copy1' });
    await library.createFlow(makeFlow('a', 'Alpha'));
    const copy = await library.duplicateFlow('a');
    expect(copy.flow.id).toBe('copy1');
    expect(copy.flow.name).toBe('Alpha (copy)');
    expect(copy.flow.nodes).toEqual(makeFlow().nodes);
    expect((await library.listFlows()).map((f) => f.id).sort()).toEqual(['a', 'copy1']);
  });

  it('soft-deletes, restores (undo) and purges', async () => {
    let t = 0;
    const { library } = makeLibrary({ now: () => t });
    await library.createFlow(makeFlow('a'));
    await library.createCheckpoint('a', 'before delete');
    await library.deleteFlow('a');
    expect(await library.listFlows()).toEqual([]);
    await expect(library.openFlow('a')).rejects.toBeInstanceOf(StorageError);
    await library.restoreFlow('a');
    expect((await library.listFlows()).map((f) => f.id)).toEqual(['a']);

    await library.deleteFlow('a');
    t = 1000;
    expect(await library.purgeDeleted(5000)).toBe(0); // deleted too recently
    expect(await library.purgeDeleted(500)).toBe(1);
    expect(await library.listRevisions('a')).toEqual([]);
    await expect(library.restoreFlow('a')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('reports a stored record that no longer parses instead of dropping it', async () => {
    const { library } = makeLibrary();
    await library.createFlow(makeFlow('good'));
    await library.db.flows.put({ id: 'bad', name: 'Broken', updatedAt: 0, deletedAt: null, version: 1, flow: { format: 'baton.flow', version: 1, id: 'bad', name: 'Broken', nodes: [{ id: 'p', type: 'pause', data: { seconds: 'x' } }] } });
    const list = await library.listFlows();
    const bad = list.find((f) => f.id === 'bad');
    expect(bad?.nodeCount).toBeNull();
    expect(bad?.problem).toMatch(/\/nodes\/0\/data\/seconds/);
    const error = await library.openFlow('bad').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid' });
    expect((error as StorageError).issues[0]).toMatchObject({ path: '/nodes/0/data/seconds', nodeId: 'p' });
  });

  it('says clearly when there is no IndexedDB at all', async () => {
    // A browser with IndexedDB disabled (some private modes): Dexie reports MissingAPIError.
    const missing = createFlowLibrary(openBatonDb('no-idb', { indexedDB: null as unknown as IDBFactory }), { broadcast: () => {} });
    const error = await missing.listFlows().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('unavailable');
    expect((error as StorageError).message).toMatch(/export it to keep a copy/);
  });

  it('turns a closed database into a clear StorageError', async () => {
    const { library } = makeLibrary();
    await library.createFlow(makeFlow('a'));
    library.db.close({ disableAutoOpen: true });
    const error = await library.openFlow('a').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'closed', message: expect.stringMatching(/^The browser closed Baton's database: .*reload the page/) });
  });
});
