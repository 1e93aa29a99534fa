import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openBatonDb } from '../../src/storage/db';
import { createFlowLibrary } from '../../src/storage/flowLibrary';
import { freshDbName, makeFlow, withPause } from './helpers';

const MINUTE = 60_000;

/** Writes a library as the previous build did: schema version 1, revisions without `kind`. */
async function writeVersion1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores({
    flows: 'id, name, updatedAt, deletedAt',
    revisions: '++seq, flowId, createdAt, [flowId+createdAt]',
    meta: 'key',
  });
  const flow = makeFlow('a');
  await old.table('flows').add({ id: 'a', name: flow.name, updatedAt: 10 * MINUTE, deletedAt: null, version: 4, flow });
  await old.table('revisions').bulkAdd([
    { flowId: 'a', createdAt: 0, name: null, flow: withPause(flow, 1) },
    { flowId: 'a', createdAt: 1 * MINUTE, name: 'Baseline', flow: withPause(flow, 2) },
    { flowId: 'a', createdAt: 5 * MINUTE, name: null, flow: withPause(flow, 3) },
    { flowId: 'b', createdAt: 6 * MINUTE, name: null, flow: makeFlow('b') },
  ]);
  await old.table('meta').put({ key: 'lastOpenedFlowId', value: 'a' });
  old.close();
  return flow;
}

describe('database upgrade from version 1', () => {
  it('keeps flows and revisions and labels each revision automatic or checkpoint', async () => {
    const name = freshDbName();
    const flow = await writeVersion1(name);
    const db = openBatonDb(name);
    const library = createFlowLibrary(db, { broadcast: () => {} });

    expect(await library.getLastOpened()).toBe('a');
    expect(await library.openFlow('a')).toEqual({ flow, version: 4 });
    const revisions = await library.listRevisions('a');
    expect(revisions.map((r) => [r.createdAt / MINUTE, r.name, r.nodeCount])).toEqual([
      [5, null, 5],
      [1, 'Baseline', 5],
      [0, null, 5],
    ]);
    expect(await library.restoreRevision(revisions[1].seq)).toEqual(withPause(flow, 2));
    const kinds = (await db.revisions.orderBy('seq').toArray()).map((r) => [r.flowId, r.name, r.kind]);
    expect(kinds).toEqual([
      ['a', null, 'auto'],
      ['a', 'Baseline', 'checkpoint'],
      ['a', null, 'auto'],
      ['b', null, 'auto'],
    ]);
    db.close();
  });

  it('finds and prunes the automatic revisions written before the upgrade', async () => {
    const name = freshDbName();
    const flow = await writeVersion1(name);
    let t = 9 * MINUTE;
    const library = createFlowLibrary(openBatonDb(name), { now: () => t, broadcast: () => {}, revisionIntervalMinutes: 5, maxAutoRevisions: 2 });

    // 4 minutes after the old revision at 5: inside the interval, so no new one.
    let version = await library.saveFlow(withPause(flow, 4), 4);
    expect((await library.listRevisions('a')).map((r) => r.createdAt / MINUTE)).toEqual([5, 1, 0]);

    // At 10 a new one is due; with 2 kept, the oldest automatic one (0) goes and the checkpoint stays.
    t = 10 * MINUTE;
    version = await library.saveFlow(withPause(flow, 5), version);
    expect((await library.listRevisions('a')).map((r) => r.name ?? r.createdAt / MINUTE)).toEqual([10, 5, 'Baseline']);
    expect((await library.listRevisions('b')).map((r) => r.createdAt / MINUTE)).toEqual([6]);
    expect(version).toBe(6);
  });
});
