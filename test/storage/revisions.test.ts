import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeFlow, makeLibrary, withPause } from './helpers';

const MINUTE = 60_000;
describe('revisions', () => {
  it('records an automatic revision at most every N minutes of editing', async () => {
    let t = 0;
    const { library } = makeLibrary({ now: () => t, revisionIntervalMinutes: 5 });
    const { flow } = await library.createFlow(makeFlow('a'));
    let version = 1;
    for (const minute of [0, 1, 2, 4, 5, 6, 11]) {
      t = minute * MINUTE;
      version = await library.saveFlow(withPause(flow, minute / 10 + 1), version);
    }
    const revisions = await library.listRevisions('a');
    // Saves at 0, 5 and 11 minutes started a new interval; the others fell inside one.
    expect(revisions.map((r) => r.createdAt / MINUTE)).toEqual([11, 5, 0]);
    expect(revisions.every((r) => r.name === null && r.nodeCount === 5)).toBe(true);
  });

  it('prunes old automatic revisions but keeps named checkpoints', async () => {
    let t = 0;
    const { library } = makeLibrary({ now: () => t, revisionIntervalMinutes: 1, maxAutoRevisions: 2 });
    const { flow } = await library.createFlow(makeFlow('a'));
    await library.createCheckpoint('a', 'Baseline');
    let version = 1;
    for (let minute = 1; minute <= 4; minute++) {
      t = minute * MINUTE;
      version = await library.saveFlow(withPause(flow, minute), version);
    }
    const revisions = await library.listRevisions('a');
    expect(revisions.map((r) => r.name ?? r.createdAt / MINUTE)).toEqual([4, 3, 'Baseline']);
  });

  it('saves without reading any stored revision, however many are kept', async () => {
    let t = 0;
    const { library } = makeLibrary({ now: () => t, revisionIntervalMinutes: 1, maxAutoRevisions: 5 });
    const { flow } = await library.createFlow(makeFlow('a'));
    await library.createCheckpoint('a', 'Baseline');
    let reads = 0;
    library.db.revisions.hook('reading', (record) => {
      reads++;
      return record;
    });
    let version = 1;
    for (let minute = 1; minute <= 12; minute++) {
      t = minute * MINUTE;
      version = await library.saveFlow(withPause(flow, minute), version); // each records one, pruning from the 6th
      version = await library.saveFlow(withPause(flow, minute + 0.5), version); // inside the interval: none
    }
    expect(reads).toBe(0);
    const revisions = await library.listRevisions('a');
    expect(reads).toBe(revisions.length);
    expect(revisions.map((r) => r.name ?? r.createdAt / MINUTE)).toEqual([12, 11, 10, 9, 8, 'Baseline']);
  });

  it('creates named checkpoints of the stored or given flow and restores them', async () => {
    let t = 0;
    const { library } = makeLibrary({ now: () => t });
    const { flow } = await library.createFlow(makeFlow('a'));
    const stored = await library.createCheckpoint('a', '  Before voice changes ');
    expect(stored).toMatchObject({ name: 'Before voice changes', flowId: 'a', nodeCount: 5 });
    t = 1;
    const edited = withPause(flow, 2);
    const given = await library.createCheckpoint('a', 'Two seconds', edited);
    expect((await library.listRevisions('a')).map((r) => r.name)).toEqual(['Two seconds', 'Before voice changes']);
    expect(await library.restoreRevision(stored.seq)).toEqual(flow);
    expect(await library.restoreRevision(given.seq)).toEqual(edited);
    await expect(library.createCheckpoint('a', ' ')).rejects.toThrow('A checkpoint name needs 1–120 characters');
    await expect(library.createCheckpoint('a', 'x', makeFlow('b'))).rejects.toThrow('expected "a"');
    await expect(library.restoreRevision(999)).rejects.toThrow('Revision 999 no longer exists');
  });
});
