import type { Database } from './database';

/** PostgreSQL when a URL is given, else embedded PGlite with its data in `dataDir`. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./openPostgres');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./openPglite');
  return openPglite(options.dataDir);
}
