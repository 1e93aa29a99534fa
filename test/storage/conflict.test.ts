import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SaveMessage } from '../../src/storage/broadcastSaves';
import { ConflictError } from '../../src/storage/ConflictError';
import { createAutosaver } from '../../src/storage/createAutosaver';
import { openBatonDb } from '../../src/storage/db';
import { createFlowLibrary } from '../../src/storage/flowLibrary';
import { makeFlow, makeLibrary } from './helpers';

/** Two tabs: two database handles on the same IndexedDB database. */
async function twoTabs() {
  const tabA = makeLibrary();
  const tabB = createFlowLibrary(openBatonDb(tabA.name), { broadcast: () => {} });
  await tabA.library.createFlow(makeFlow('a', 'original'));
  const openedA = await tabA.library.openFlow('a');
  const openedB = await tabB.openFlow('a');
  const saverA = createAutosaver({ flowId: 'a', version: openedA.version, save: tabA.library.saveFlow, debounceMs: 60_000, listen: () => () => {} });
  const saverB = createAutosaver({ flowId: 'a', version: openedB.version, save: tabB.saveFlow, debounceMs: 60_000, listen: () => () => {} });
  return { tabA: tabA.library, tabB, saverA, saverB, flow: openedA.flow, messagesA: tabA.messages };
}

describe('two tabs editing one flow', () => {
  it('refuses the stale save with a ConflictError carrying both flows', async () => {
    const { tabB, saverA, saverB, flow } = await twoTabs();
    saverA.schedule({ ...flow, name: 'from A' });
    await saverA.flush();
    saverB.schedule({ ...flow, name: 'from B' });
    await saverB.flush();
    const { status, error } = saverB.getState();
    expect(status).toBe('error');
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError;
    expect(conflict.mine.name).toBe('from B');
    expect(conflict.theirs.name).toBe('from A');
    expect([conflict.baseVersion, conflict.theirVersion]).toEqual([1, 2]);
    // Nothing was overwritten, and B's edits are still in memory.
    expect((await tabB.openFlow('a')).flow.name).toBe('from A');
    expect(saverB.getFlow()?.name).toBe('from B');
    // Further edits in B do not silently retry over A's save.
    saverB.schedule({ ...flow, name: 'from B again' });
    await saverB.flush();
    expect((await tabB.openFlow('a')).flow.name).toBe('from A');
  });

  it('keep-mine force-writes this tab\'s latest flow; the other tab then conflicts', async () => {
    const { tabA, saverA, saverB, flow } = await twoTabs();
    saverA.schedule({ ...flow, name: 'from A' });
    await saverA.flush();
    saverB.schedule({ ...flow, name: 'from B' });
    await saverB.flush();
    const shown = await saverB.resolveConflict('keep-mine');
    expect(shown.name).toBe('from B');
    expect(saverB.getState()).toMatchObject({ status: 'saved', error: null, version: 3 });
    expect(await tabA.openFlow('a')).toMatchObject({ version: 3, flow: { name: 'from B' } });
    saverA.schedule({ ...flow, name: 'A again' });
    await saverA.flush();
    expect(saverA.getState().error).toBeInstanceOf(ConflictError);
  });

  it('take-theirs returns the other tab\'s flow and rebases on its version', async () => {
    const { tabA, saverA, saverB, flow } = await twoTabs();
    saverA.schedule({ ...flow, name: 'from A' });
    await saverA.flush();
    saverB.schedule({ ...flow, name: 'from B' });
    await saverB.flush();
    const shown = await saverB.resolveConflict('take-theirs');
    expect(shown.name).toBe('from A');
    expect(saverB.getState()).toMatchObject({ status: 'saved', version: 2 });
    saverB.schedule({ ...shown, name: 'B builds on A' });
    await saverB.flush();
    expect(await tabA.openFlow('a')).toMatchObject({ version: 3, flow: { name: 'B builds on A' } });
  });

  it('take-theirs with a load function picks up a save made while the dialog was open', async () => {
    const { tabA, tabB, saverA, flow } = await twoTabs();
    const saverB = createAutosaver({ flowId: 'a', version: 1, save: tabB.saveFlow, load: () => tabB.openFlow('a'), debounceMs: 60_000, listen: () => () => {} });
    saverA.schedule({ ...flow, name: 'A 1' });
    await saverA.flush();
    saverB.schedule({ ...flow, name: 'B' });
    await saverB.flush();
    saverA.schedule({ ...flow, name: 'A 2' });
    await saverA.flush();
    expect(await saverB.resolveConflict('take-theirs')).toMatchObject({ name: 'A 2' });
    expect(saverB.getState().version).toBe(3);
    expect((await tabA.openFlow('a')).version).toBe(3);
  });

  it('announces saves so other tabs learn of them before they save', async () => {
    const { saverA, flow, messagesA } = await twoTabs();
    let deliver: (m: SaveMessage) => void = () => {};
    const saverC = createAutosaver({ flowId: 'a', version: 1, save: async () => 99, listen: (fn) => ((deliver = fn), () => {}) });
    saverA.schedule({ ...flow, name: 'from A' });
    await saverA.flush();
    expect(messagesA.at(-1)).toEqual({ type: 'saved', flowId: 'a', version: 2 });
    deliver(messagesA.at(-1) as SaveMessage);
    expect(saverC.getState().remoteVersion).toBe(2);
    deliver({ type: 'saved', flowId: 'other', version: 7 });
    expect(saverC.getState().remoteVersion).toBe(2);
  });

  it('sends the real BroadcastChannel("baton") message between tabs', async () => {
    const { broadcastSaves } = await import('../../src/storage/broadcastSaves');
    const { listenForSaves } = await import('../../src/storage/listenForSaves');
    const received = new Promise<SaveMessage>((resolve) => {
      const stop = listenForSaves((m) => (stop(), resolve(m)));
    });
    broadcastSaves({ type: 'saved', flowId: 'x', version: 4 });
    expect(await received).toEqual({ type: 'saved', flowId: 'x', version: 4 });
  });
});
