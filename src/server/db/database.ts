/**
 * The one database interface the server uses, over embedded PGlite and over PostgreSQL (pg Pool):
 * parameterised queries, multi-statement SQL (migrations, pg-boss), and transactions.
 */
export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs SQL that may hold several statements and takes no parameters; the last statement's rows. */
  exec(sql: string): Promise<Record<string, unknown>[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `body` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(body: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const PREPARED = new Map<string, string>();

/**
 * Marks a constant, parameterised SQL text as one the server runs on every turn: on PostgreSQL it
 * becomes a named prepared statement (parsed and planned once per connection, then only bound and
 * run), instead of sending and parsing its text each time. Only for SQL whose text never varies
 * and whose result columns are listed (a cached plan of `SELECT *` breaks when a column is added).
 */
export function prepared(sql: string): string {
  if (!PREPARED.has(sql)) PREPARED.set(sql, `baton_${PREPARED.size + 1}`);
  return sql;
}

/** The prepared statement name of `sql`, if `prepared` marked it. */
export const preparedName = (sql: string): string | undefined => PREPARED.get(sql);

/** pg-boss's `db` option: multi-statement SQL goes through exec, parameterised SQL through query. */
export function bossAdapter(q: Queryable): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  return {
    async executeSql(text, values) {
      // pg-boss sends multi-statement SQL without values, which a prepared query refuses.
      if (values && values.length > 0) return q.query(text, values);
      return { rows: await q.exec(text) };
    },
  };
}
