import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './harness';
import { startPostgres, type TestPostgres } from './postgres';

/**
 * A throwaway PostgreSQL cluster and a test server on it for the enclosing describe: started in
 * beforeAll, closed (server, then cluster) in afterAll. Read `suite.t` / `suite.pg` inside tests.
 */
export function postgresServerForSuite(options: { env?: Record<string, string> } = {}): { t: TestServer; pg: TestPostgres } {
  const suite = {} as { t: TestServer; pg: TestPostgres };
  beforeAll(async () => {
    suite.pg = await startPostgres();
    suite.t = await startTestServer({ databaseUrl: suite.pg.url, ...options });
  });
  afterAll(async () => {
    await suite.t?.close();
    await suite.pg?.stop();
  });
  return suite;
}

/** The same with the embedded database (a temp PGlite folder) for the enclosing describe. */
export function pgliteServerForSuite(options: { env?: Record<string, string> } = {}): { t: TestServer } {
  const suite = {} as { t: TestServer };
  beforeAll(async () => {
    suite.t = await startTestServer(options);
  });
  afterAll(async () => {
    await suite.t?.close();
  });
  return suite;
}
