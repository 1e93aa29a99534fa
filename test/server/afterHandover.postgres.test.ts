import { vi } from 'vitest';
import { startPostgres } from './postgres';
import { describeAfterHandover } from './afterHandoverSuite';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describeAfterHandover('PostgreSQL', async () => {
  const pg = await startPostgres();
  return { databaseUrl: pg.url, teardown: pg.stop };
});
