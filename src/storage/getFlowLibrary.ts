import { openBatonDb } from './db';
import { createFlowLibrary, type FlowLibrary } from './flowLibrary';
import { withMemoryFallback } from './withMemoryFallback';

let shared: FlowLibrary | null = null;

/**
 * The app's one library over the "baton" database, opened on first use; where the browser refuses
 * IndexedDB, an in-memory one (fake-indexeddb, loaded only then) so the app still works.
 */
export function getFlowLibrary(): FlowLibrary {
  shared ??= withMemoryFallback(createFlowLibrary(openBatonDb()), async () => {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    return createFlowLibrary(openBatonDb(undefined, { indexedDB: new IDBFactory(), IDBKeyRange }));
  });
  return shared;
}
