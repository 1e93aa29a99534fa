import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

function wrap(q: PGlite | Transaction): Queryable {
  return {
    async query(sql, params) {
      const result = await q.query<never>(sql, params as unknown[] | undefined);
      return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
    },
    async exec(sql) {
      const results = await q.exec(sql);
      return results.at(-1)?.rows ?? [];
    },
  };
}

/** Embedded PostgreSQL (WASM) with its data in `dataDir`: one connection, so one transaction at a time. */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const root = wrap(pg);
  return {
    kind: 'pglite',
    ...root,
    transaction: (body) => pg.transaction((tx) => body(wrap(tx))),
    close: () => pg.close(),
  };
}
