import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openBatonDb } from '../../src/storage/db';
import { createFlowLibrary } from '../../src/storage/flowLibrary';
import { freshDbName } from './helpers';
import { loadDbFixture } from './loadDbFixture';
import { parseFlow } from '../../src/schema/parseFlow';

/** What the stored document reads as today: the same flow, with settings added since given their defaults. */
function asReadToday(flow: unknown) {
  const parsed = parseFlow(flow);
  if (!parsed.ok) throw new Error(`fixture flow does not parse: ${parsed.issues[0].message}`);
  return parsed.flow;
}

describe('a database written by Baton with schema version 1 (raw IndexedDB fixture)', () => {
  it('is upgraded in place, keeping every flow, the deleted one, every revision and the last opened flow', async () => {
    const name = freshDbName();
    const fixture = await loadDbFixture('baton-db-v1.json', name);
    const db = openBatonDb(name);
    const library = createFlowLibrary(db, { broadcast: () => {} });

    expect((await library.listFlows()).map((f) => [f.id, f.name, f.version, f.nodeCount, f.problem])).toEqual([
      ['b', 'Voice line', 2, 5, null],
      ['a', 'Chat handover', 4, 5, null],
    ]);
    const stored = fixture.records.flows as { id: string; flow: unknown }[];
    for (const { id, flow } of stored.filter((f) => f.id !== 'c')) expect((await library.openFlow(id)).flow).toEqual(asReadToday(flow));
    await library.restoreFlow('c');
    expect((await library.openFlow('c')).flow).toEqual(asReadToday(stored.find((f) => f.id === 'c')!.flow));
    expect(await library.getLastOpened()).toBe('c');
    expect((await library.listRevisions('a')).map((r) => r.name ?? 'auto')).toEqual(['auto', 'Baseline', 'auto']);
    expect((await db.revisions.orderBy('seq').toArray()).map((r) => r.kind)).toEqual(['auto', 'checkpoint', 'auto', 'auto']);
    expect(db.verno).toBe(2);
    db.close();
  });
});
