import { vi } from 'vitest';
import { startPostgres } from './postgres';
import { describeServer } from './serverSuite';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describeServer('PostgreSQL', async () => {
  const pg = await startPostgres();
  return { databaseUrl: pg.url, teardown: pg.stop };
});
