import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/openDatabase';
import { createFlowRegistry } from '../flows/flowRegistry';
import { createProviderFetch } from '../http/providerFetch';
import { createProviderClient } from '../providers';
import { startJobs } from './startJobs';
import { jobConnections, type FromJobThread, type JobThreadData, type ToJobThread } from './jobThread';
import { workJobs } from './workJobs';

/**
 * The job thread (see jobThread.ts): its own pool on the server's PostgreSQL, its own pg-boss with
 * the workers, the outbox dispatcher with its own HTTP agent, the timers' turns and the outbound
 * webhook. It says `ready` once every connection has prepared the outbox's claim, forwards its
 * errors to the server's log, and stops on `stop`.
 */
const port = parentPort!;
const post = (message: FromJobThread) => port.postMessage(message);
const errorOf = (error: unknown) => (error instanceof Error ? { message: error.message, stack: error.stack, code: (error as { code?: string }).code } : { message: String(error) });
const { config, providers } = workerData as JobThreadData;

try {
  const connections = jobConnections(config);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: '', connections });
  const jobs = await startJobs(db, config.databaseUrl, config.jobs, (error) => post({ type: 'error', what: 'job queue error', error: errorOf(error) }));
  const providerFetch = createProviderFetch();
  const send = createProviderClient(providers, { fetch: providerFetch.fetch }).send;
  // No row cache here: a timer's turn locks and reads its row anyway.
  const { prepare } = await workJobs({ db, flows: createFlowRegistry(db), jobs, config, send, now: Date.now });
  // Each connection opens and prepares the claim now, not in the first wave of handovers.
  await Promise.all(Array.from({ length: connections }, () => prepare())).catch((error) => post({ type: 'error', what: 'job thread warm-up failed (it works anyway)', error: errorOf(error) }));
  port.on('message', async (message: ToJobThread) => {
    if (message.type === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      post({ type: 'memory', heapUsed: getHeapStatistics().used_heap_size });
    } else if (message.type === 'stop') {
      await jobs.stop().catch((error) => post({ type: 'error', what: 'job queue stop failed', error: errorOf(error) }));
      await db.close().catch(() => {});
      await providerFetch.close().catch(() => {});
      post({ type: 'stopped' });
      port.close();
    }
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', error: errorOf(error) });
  port.close();
}
