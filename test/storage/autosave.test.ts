import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Flow } from '../../src/schema/flow';
import { attachFlushOnHide } from '../../src/storage/attachFlushOnHide';
import { createAutosaver } from '../../src/storage/createAutosaver';
import { StorageError } from '../../src/storage/StorageError';
import { makeFlow, makeLibrary } from './helpers';

const noListen = () => () => {};
const renamed = (flow: Flow, name: string): Flow => ({ ...flow, name });

async function setup(debounceMs = 20) {
  const { library } = makeLibrary();
  const { flow, version } = await library.createFlow(makeFlow('a', 'v0'));
  const save = vi.fn(library.saveFlow);
  const autosaver = createAutosaver({ flowId: 'a', version, save, debounceMs, listen: noListen });
  return { library, flow, autosaver, save };
}

describe('autosave', () => {
  it('debounces a burst of edits into one write of the latest flow', async () => {
    const { library, flow, autosaver, save } = await setup();
    const statuses: string[] = [];
    autosaver.subscribe((s) => statuses.push(s.status));
    autosaver.schedule(renamed(flow, 'v1'));
    autosaver.schedule(renamed(flow, 'v2'));
    autosaver.schedule(renamed(flow, 'v3'));
    expect(autosaver.status).toBe('saving');
    expect(statuses).toEqual(['saving']); // one change of status, not one notice per edit
    expect(save).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(autosaver.status).toBe('saved'));
    expect(save).toHaveBeenCalledTimes(1);
    expect((await library.openFlow('a')).flow.name).toBe('v3');
    expect(autosaver.getState().version).toBe(2);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('flush writes at once without waiting for the debounce', async () => {
    const { library, flow, autosaver, save } = await setup(60_000);
    autosaver.schedule(renamed(flow, 'flushed'));
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect((await library.openFlow('a')).flow.name).toBe('flushed');
    expect(autosaver.status).toBe('saved');
  });

  it('serialises writes: an edit made during a write is saved after it, on the new version', async () => {
    const { library, flow } = await setup();
    let inFlight = 0;
    let maxInFlight = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const save = vi.fn(async (f: Flow, base: number) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      if (f.name === 'first') await gate; // hold the first write open
      try {
        return await library.saveFlow(f, base);
      } finally {
        inFlight--;
      }
    });
    const autosaver = createAutosaver({ flowId: 'a', version: 1, save, debounceMs: 60_000, listen: noListen });
    autosaver.schedule(renamed(flow, 'first'));
    const firstFlush = autosaver.flush();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    autosaver.schedule(renamed(flow, 'second'));
    const secondFlush = autosaver.flush();
    release();
    await Promise.all([firstFlush, secondFlush]);
    expect(maxInFlight).toBe(1);
    expect(save.mock.calls.map(([f, base]) => [f.name, base])).toEqual([
      ['first', 1],
      ['second', 2],
    ]);
    expect(await library.openFlow('a')).toMatchObject({ version: 3, flow: { name: 'second' } });
  });

  it('turns a full disk into a StorageError, keeps the flow, and saves it once space returns', async () => {
    const { library, flow, autosaver, save } = await setup(60_000);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = vi.spyOn(library.db.flows, 'put').mockRejectedValue(quota);
    autosaver.schedule(renamed(flow, 'unsaved'));
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(2); // the write, then one retry
    const state = autosaver.getState();
    expect(state.status).toBe('error');
    expect(state.error).toBeInstanceOf(StorageError);
    expect(state.error?.message).toMatch(/^Your browser's storage is full: .*the flow stays open in this tab — export it to keep a copy$/);
    expect(autosaver.getFlow()?.name).toBe('unsaved');
    expect((await library.openFlow('a')).flow.name).toBe('v0');

    put.mockRestore();
    await autosaver.flush();
    expect(autosaver.status).toBe('saved');
    expect((await library.openFlow('a')).flow.name).toBe('unsaved');
  });

  it('retries once, so a single transient failure is invisible', async () => {
    const { library, flow, autosaver } = await setup(60_000);
    vi.spyOn(library.db.flows, 'put').mockRejectedValueOnce(new Error('transient'));
    autosaver.schedule(renamed(flow, 'after retry'));
    await autosaver.flush();
    expect(autosaver.status).toBe('saved');
    expect((await library.openFlow('a')).flow.name).toBe('after retry');
  });

  it('flushes on pagehide and when the tab becomes hidden', async () => {
    const flush = vi.fn(async () => {});
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const detach = attachFlushOnHide({ flush }, win, doc);
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
    detach();
    win.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
  });
});
