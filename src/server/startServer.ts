import type { FastifyInstance } from 'fastify';
import type { SendProviderRequest } from './contracts';
import { createConversationService, type ServerConversationService } from './conversations/conversationService';
import { createRowCache } from './conversations/rowCache';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openDatabase } from './db/openDatabase';
import { createFlowRegistry, type FlowRegistry, type FlowVersionInfo } from './flows/flowRegistry';
import { buildApp, REDACTED_PATHS } from './http/buildApp';
import { createProviderFetch } from './http/providerFetch';
import { jobConnections, startJobThread, type JobThread } from './jobs/jobThread';
import { startJobs, type Jobs } from './jobs/startJobs';
import { workJobs } from './jobs/workJobs';
import { recoverWork } from './recoverWork';
import { createProviderClient, type ProviderConfig } from './providers';
import type { ServerConfig } from './serverConfig';
import { warmUp } from './warmUp';
import { providerWebhooks } from './webhooks';

/** Connections of the API's pool on PostgreSQL (requests and webhooks). */
const API_CONNECTIONS = 10;

export interface StartServerOptions {
  config: ServerConfig;
  /** Flow documents to run, each already read from its file; the first is the default flow. */
  flows: { source: string; document: unknown }[];
  /** Embedded database folder when config.databaseUrl is unset. */
  dataDir: string;
  port: number;
  host?: string;
  /**
   * Provider settings: when given, the provider webhooks are registered with them and the outbox
   * sends through the providers' HTTP client (unless `send` / `registerWebhooks` say otherwise).
   */
  providers?: ProviderConfig;
  /** Sends provider requests (a test's client); default the providers' client. */
  send?: SendProviderRequest;
  /** Registers the provider webhooks yourself (tests); default providerWebhooks with `providers`. */
  registerWebhooks?: (app: FastifyInstance, service: ServerConversationService) => Promise<void> | void;
  /** pino destination for tests; default stdout. */
  logStream?: NodeJS.WritableStream;
  /** Wall clock (epoch ms). */
  now?: () => number;
  version?: string;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  db: Database;
  flows: FlowRegistry;
  service: ServerConversationService;
  loaded: FlowVersionInfo[];
  /** The job thread, when the job handlers run on one (PostgreSQL). */
  jobThread?: JobThread;
  close(): Promise<void>;
}

/**
 * Opens the database, applies migrations, loads the flows (a changed file becomes a new version),
 * starts the job workers (timers, outbox, outbound webhook), requeues work a crash left behind and
 * listens. close() stops in the reverse order.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config } = options;
  const now = options.now ?? Date.now;
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: options.dataDir, connections: API_CONNECTIONS });
  // On PostgreSQL the job handlers run on a thread of their own (jobs/jobThread.ts), unless a test
  // gives the server a `send` or a clock, which cannot go to another thread. PGlite is this
  // thread's one connection, so its jobs run here.
  const threaded = Boolean(config.databaseUrl) && !options.send && !options.now && options.providers !== undefined;
  let jobDb: Database | undefined;
  let jobs: Jobs | undefined;
  let jobThread: JobThread | undefined;
  let app: FastifyInstance | undefined;
  const providerFetch = createProviderFetch();
  try {
    // On PostgreSQL the job handlers (timers, outbox, outbound webhook) have connections of their
    // own: a batch of jobs then queues behind itself, never ahead of API requests and webhooks in
    // one pool. PGlite is one connection whatever we do.
    jobDb = config.databaseUrl && !threaded ? await openDatabase({ databaseUrl: config.databaseUrl, dataDir: options.dataDir, connections: jobConnections(config) }) : db;
    await migrate(db);
    const flows = createFlowRegistry(db);
    const loaded: FlowVersionInfo[] = [];
    for (const flow of options.flows) loaded.push(await flows.load(flow.document, { source: 'file', makeCurrentIfKnown: false }));

    let logError = (error: Error, what: string): void => console.error(what, error);
    // With the job thread, this pg-boss only queues jobs (in the turns' statements) and leaves its maintenance to the thread's.
    jobs = await startJobs(db, config.databaseUrl, { ...config.jobs, supervise: !threaded }, (error) => logError(error, 'job queue error'));
    const rows = createRowCache(config.rowCache); // one for the API's and the job handlers' services
    const serviceOn = (on: Database) => createConversationService({ db: on, flows, jobs: jobs!, now, defaultFlowId: loaded[0]?.flowId, webhookEnabled: config.webhook !== null, rows });
    const service = serviceOn(db);
    const logger = { level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, ...(options.logStream ? { stream: options.logStream } : {}) };
    const probes = { db, jobThread: threaded ? () => jobThread : undefined };
    const server = buildApp({ service, flows, apiKey: config.apiKey, logger, bodyLimit: config.bodyLimit, version: options.version ?? '1', probes });
    app = server;
    logError = (error, what) => server.log.error({ err: error }, what);
    if (options.registerWebhooks) await options.registerWebhooks(server, service);
    else if (options.providers) await server.register(providerWebhooks, { service, config: options.providers });

    let pools: Parameters<typeof warmUp>[0]['pools'];
    if (threaded) {
      jobThread = await startJobThread({ config, providers: options.providers! }, (error, what) => logError(error, what));
      pools = [{ db, connections: API_CONNECTIONS }];
    } else {
      const send = options.send ?? (options.providers && createProviderClient(options.providers, { fetch: providerFetch.fetch }).send);
      if (!send) throw new Error('startServer needs `providers` or `send` to deliver provider requests.');
      const worked = await workJobs({ db: jobDb, flows, jobs, config, send, now, rows });
      pools = config.databaseUrl
        ? [
            { db, connections: API_CONNECTIONS },
            { db: jobDb, connections: jobConnections(config), prepareJobs: worked.prepare },
          ]
        : [{ db, connections: 1, prepareJobs: worked.prepare }];
    }
    await recoverWork(db, jobs, now());
    await warmUp({ pools, flows, jobs, flowIds: [...new Set(loaded.map((l) => l.flowId))], app: server, apiKey: config.apiKey, now });

    const url = await server.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
    const running = jobs;
    const ownJobDb = jobDb;
    const ownJobThread = jobThread;
    const stopMemoryReport = reportMemoryOnSignal(ownJobThread);
    return {
      url,
      app: server,
      db,
      flows,
      service,
      loaded,
      jobThread: ownJobThread,
      async close() {
        stopMemoryReport();
        await server.close();
        await ownJobThread?.stop();
        await running.stop();
        if (ownJobDb !== db) await ownJobDb.close();
        await db.close();
        await providerFetch.close();
      },
    };
  } catch (error) {
    await app?.close().catch(() => {});
    await jobThread?.stop().catch(() => {});
    await jobs?.stop().catch(() => {});
    if (jobDb && jobDb !== db) await jobDb.close().catch(() => {});
    await db.close().catch(() => {});
    await providerFetch.close().catch(() => {});
    throw error;
  }
}

/**
 * With `node --expose-gc` (the bench), SIGUSR2 collects garbage and prints the process's memory as
 * one JSON line on stdout, `{"batonMemory":{rss,heapUsed,heapTotal,external,arrayBuffers,jobThreadHeapUsed?}}`
 * (the job thread's heap after its own GC, when it runs), so a load test can tell a leak from garbage
 * not yet collected. Without --expose-gc it does nothing.
 */
function reportMemoryOnSignal(jobThread: JobThread | undefined): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return () => {};
  const report = async () => {
    gc();
    const jobThreadHeapUsed = jobThread ? await jobThread.heapUsed() : undefined;
    process.stdout.write(`${JSON.stringify({ batonMemory: { ...process.memoryUsage(), jobThreadHeapUsed } })}\n`);
  };
  process.on('SIGUSR2', report);
  return () => process.off('SIGUSR2', report);
}
