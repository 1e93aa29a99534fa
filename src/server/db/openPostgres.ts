import pg from 'pg';
import { preparedName, type Database, type Queryable } from './database';

/** The Queryable over a pool (each query on any connection) or one checked-out client (a transaction). */
function queryable(q: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query(sql, params) {
      const name = params ? preparedName(sql) : undefined;
      const result = await q.query(name ? { name, text: sql, values: params as unknown[] } : { text: sql, values: params as unknown[] | undefined });
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
    async exec(sql) {
      // A multi-statement query gives pg an array of results; the last one's rows.
      const result = (await q.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
      return Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
    },
  };
}

/**
 * PostgreSQL through a pg Pool; `max` connections per process, kept open once opened (`min`), so the
 * statements each has prepared stay prepared and a burst after a quiet spell does not open them again.
 */
export async function openPostgres(connectionString: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max, min: max });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(body) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await body(queryable(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
