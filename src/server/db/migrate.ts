import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Umzug, type UmzugStorage } from 'umzug';
import type { Database, Queryable } from './database';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
/** pg_advisory_xact_lock key: two processes starting at once apply the migrations one after the other. */
const MIGRATION_LOCK = 726_151_001;

/** umzug's record of applied migrations, kept in the database it migrates. */
const storage: UmzugStorage<Queryable> = {
  async executed({ context }) {
    await context.exec('CREATE TABLE IF NOT EXISTS baton_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await context.query<{ name: string }>('SELECT name FROM baton_migrations ORDER BY name');
    return rows.map((r) => r.name);
  },
  async logMigration({ name, context }) {
    await context.query('INSERT INTO baton_migrations (name) VALUES ($1)', [name]);
  },
  async unlogMigration({ name, context }) {
    await context.query('DELETE FROM baton_migrations WHERE name = $1', [name]);
  },
};

/**
 * Applies the numbered .sql files in src/server/migrations/ that this database has not seen, in
 * name order, all in one transaction (PostgreSQL DDL is transactional) under an advisory lock.
 * Returns the names applied now.
 */
export async function migrate(db: Database): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const umzug = new Umzug<Queryable>({
      migrations: {
        glob: ['[0-9]*.sql', { cwd: MIGRATIONS_DIR }],
        resolve: ({ name, path, context }) => ({
          name,
          up: async () => void (await context.exec(await readFile(path!, 'utf8'))),
        }),
      },
      context: tx,
      storage,
      logger: undefined,
    });
    const applied = await umzug.up();
    return applied.map((m) => m.name);
  });
}
