import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface DbFixture {
  idbVersion: number;
  stores: Record<string, { keyPath: string; autoIncrement: boolean; indexes: Record<string, string | string[]> }>;
  records: Record<string, unknown[]>;
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * Writes a frozen database fixture (test/storage/fixtures/*.json) with the raw IndexedDB API, as
 * an older Baton left it on disk: no Dexie, so the fixture does not depend on today's code.
 */
export async function loadDbFixture(file: string, name: string): Promise<DbFixture> {
  const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/storage/fixtures', file), 'utf8')) as DbFixture;
  const open = indexedDB.open(name, fixture.idbVersion);
  open.onupgradeneeded = () => {
    for (const [store, spec] of Object.entries(fixture.stores)) {
      const os = open.result.createObjectStore(store, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
      for (const [index, keyPath] of Object.entries(spec.indexes)) os.createIndex(index, keyPath);
    }
  };
  const db = await request(open);
  const tx = db.transaction(Object.keys(fixture.records), 'readwrite');
  for (const [store, records] of Object.entries(fixture.records)) for (const record of records) tx.objectStore(store).add(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return fixture;
}
