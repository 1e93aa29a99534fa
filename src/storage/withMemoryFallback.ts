import type { FlowLibrary } from './flowLibrary';
import { StorageError } from './StorageError';

function describe(error: unknown): string {
  let e = error as { message?: unknown; inner?: unknown } | undefined;
  for (let depth = 0; e?.inner && depth < 5; depth++) e = e.inner as typeof e;
  const message = e && typeof e.message === 'string' ? e.message : String(error);
  return message.split('\n')[0].trim().replace(/\.$/, '');
}

/**
 * The library over IndexedDB when the browser lets Baton open it, and otherwise (private mode,
 * storage disabled, `indexedDB.open` throwing or failing) a library kept in this tab's memory, so
 * the app keeps working; `storageProblem()` then says why, for the warning the UI shows. Every
 * call waits for the first open attempt.
 */
export function withMemoryFallback(primary: FlowLibrary, openMemory: () => Promise<FlowLibrary>): FlowLibrary {
  let problem: StorageError | null = null;
  const ready: Promise<FlowLibrary> = primary.db.open().then(
    () => primary,
    async (error: unknown) => {
      problem = new StorageError(
        'unavailable',
        `This browser does not let Baton use its storage (IndexedDB: ${describe(error)}), as in private mode or with site data blocked. Your flows are kept in this tab only and are gone when it closes`,
        { cause: error },
      );
      return openMemory();
    },
  );
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(primary)) {
    wrapped[key] =
      typeof value === 'function'
        ? (...args: unknown[]) => ready.then((library) => (library[key as keyof FlowLibrary] as (...a: unknown[]) => unknown)(...args))
        : value;
  }
  wrapped.storageProblem = () => ready.then(() => problem);
  return wrapped as FlowLibrary;
}
