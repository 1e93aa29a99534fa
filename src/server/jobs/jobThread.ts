import { Worker } from 'node:worker_threads';
import type { ProviderConfig } from '../providers';
import type { ServerConfig } from '../serverConfig';

/** Connections of the job handlers' pool on PostgreSQL: as many as pg-boss's own (one per worker, at least 2). */
export const jobConnections = (config: ServerConfig) => Math.max(2, config.jobs.concurrency);

export interface JobThreadData {
  config: ServerConfig;
  providers: ProviderConfig;
}

type ErrorData = { message: string; stack?: string; code?: string };
export type FromJobThread =
  | { type: 'ready' }
  | { type: 'failed'; error: ErrorData }
  | { type: 'error'; what: string; error: ErrorData }
  | { type: 'memory'; heapUsed: number }
  | { type: 'stopped' };
export type ToJobThread = { type: 'stop' } | { type: 'memory' };

export interface JobThread {
  /** The thread's heap after a GC (with --expose-gc), bytes. */
  heapUsed(): Promise<number>;
  /** Ends the running thread at once, as a crash would (tests): it is started again. */
  terminate(): Promise<void>;
  /** How many times the thread was started again after it died. */
  readonly restarts: number;
  /** True once the thread is ready; false from an unexpected exit until the thread started again is ready. */
  readonly running: boolean;
  stop(): Promise<void>;
}

const errorFrom = (data: ErrorData) => Object.assign(new Error(data.message), { stack: data.stack, code: data.code });
/** How long a thread that died waits before it is started again. */
const RESTART_DELAY_MS = 1000;

/**
 * On PostgreSQL the job handlers (the outbox's provider requests, the timers' turns, the outbound
 * webhook, pg-boss's polling) run on a thread of their own, with their own pool and HTTP agent,
 * so a wave of handovers that queues hundreds of provider requests does not hold up the API's
 * turns on the server's thread: the second core does that work. The thread is the same code a
 * second `baton serve` process would run for jobs (workJobs.ts); it shares nothing with the
 * server's thread but the database. Resolves once its connections are open and prepared; its
 * errors go to `onError` (the server's log); a thread that dies is started again after a second.
 */
export async function startJobThread(data: JobThreadData, onError: (error: Error, what: string) => void): Promise<JobThread> {
  let stopping = false;
  let restarts = 0;
  let running = false;
  let worker: Worker;
  const memoryWaiters: ((heapUsed: number) => void)[] = [];

  const start = () =>
    new Promise<void>((resolve, reject) => {
      let ready = false;
      worker = new Worker(new URL('./jobThreadEntry.mjs', import.meta.url), { workerData: data, name: 'baton-jobs' });
      worker.on('message', (message: FromJobThread) => {
        if (message.type === 'ready') {
          ready = true;
          running = true;
          resolve();
        } else if (message.type === 'failed') reject(errorFrom(message.error));
        else if (message.type === 'error') onError(errorFrom(message.error), message.what);
        else if (message.type === 'memory') memoryWaiters.shift()?.(message.heapUsed);
      });
      worker.on('error', (error) => (ready ? onError(error, 'job thread error') : reject(error)));
      worker.on('exit', (code) => {
        running = false;
        if (!ready) return reject(new Error(`The job thread stopped before it was ready (exit code ${code}).`));
        if (stopping) return;
        onError(new Error(`The job thread stopped (exit code ${code}); it starts again in ${RESTART_DELAY_MS} ms.`), 'job thread stopped');
        setTimeout(() => {
          if (stopping) return;
          restarts++;
          start().catch((error) => onError(error, 'job thread restart failed'));
        }, RESTART_DELAY_MS);
      });
    });

  await start();
  return {
    get restarts() {
      return restarts;
    },
    get running() {
      return running;
    },
    terminate: async () => {
      await worker.terminate();
    },
    heapUsed: () =>
      new Promise((resolve) => {
        memoryWaiters.push(resolve);
        worker.postMessage({ type: 'memory' } satisfies ToJobThread);
      }),
    async stop() {
      stopping = true;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage({ type: 'stop' } satisfies ToJobThread);
      // A thread that does not finish its jobs' graceful stop in time is ended.
      const timer = setTimeout(() => void worker.terminate(), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
