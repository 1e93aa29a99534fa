import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openBatonDb } from '../../src/storage/db';
import { createFlowLibrary } from '../../src/storage/flowLibrary';
import { withMemoryFallback } from '../../src/storage/withMemoryFallback';
import { freshDbName, makeFlow } from './helpers';

/** indexedDB.open throws, as Firefox's private mode once did and sandboxed pages do. */
export const throwingFactory = {
  open() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
} as unknown as globalThis.IDBFactory;

/** indexedDB.open returns a request that fails (storage disabled, a broken profile). */
const failingFactory = {
  open() {
    const request: Record<string, unknown> = { error: new DOMException('A mutation operation was attempted on a database that did not allow mutations', 'InvalidStateError') };
    setTimeout(() => (request.onerror as ((e: unknown) => void) | undefined)?.({ target: request, type: 'error', preventDefault() {}, stopPropagation() {} }), 0);
    return request;
  },
} as unknown as globalThis.IDBFactory;

const memory = async () => createFlowLibrary(openBatonDb(freshDbName(), { indexedDB: new IDBFactory(), IDBKeyRange }), { broadcast: () => {} });
const over = (factory: globalThis.IDBFactory) =>
  withMemoryFallback(createFlowLibrary(openBatonDb(freshDbName(), { indexedDB: factory, IDBKeyRange }), { broadcast: () => {} }), memory);

describe('IndexedDB unavailable: the library keeps working in memory and says why', () => {
  for (const [what, factory, detail] of [
    ['open throws', throwingFactory, /operation is insecure/],
    ['open fails', failingFactory, /did not allow mutations/],
  ] as const) {
    it(`${what}: flows can be created, opened, saved and listed; storageProblem names the cause`, async () => {
      const library = over(factory);
      const { version } = await library.createFlow(makeFlow('a', 'Alpha'));
      const saved = await library.saveFlow({ ...makeFlow('a', 'Alpha, edited') }, version);
      expect(await library.openFlow('a')).toMatchObject({ version: saved, flow: { name: 'Alpha, edited' } });
      expect((await library.listFlows()).map((f) => f.name)).toEqual(['Alpha, edited']);
      const problem = await library.storageProblem();
      expect(problem?.kind).toBe('unavailable');
      expect(problem?.message).toMatch(detail);
      expect(problem?.message).toMatch(/kept in this tab only/);
    });
  }

  it('uses IndexedDB, and reports no problem, where the browser allows it', async () => {
    const name = freshDbName();
    const library = withMemoryFallback(createFlowLibrary(openBatonDb(name), { broadcast: () => {} }), memory);
    await library.createFlow(makeFlow('a', 'Alpha'));
    expect(await library.storageProblem()).toBeNull();
    const again = createFlowLibrary(openBatonDb(name), { broadcast: () => {} });
    expect((await again.openFlow('a')).flow.name).toBe('Alpha');
  });
});
