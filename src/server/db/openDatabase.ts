import type { Database } from './database';

/** PostgreSQL when a URL is given (a pool of `connections`, default 10), else embedded PGlite with its data in `dataDir`. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string; connections?: number }): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./openPostgres');
    return openPostgres(options.databaseUrl, options.connections);
  }
  const { openPglite } = await import('./openPglite');
  return openPglite(options.dataDir);
}
