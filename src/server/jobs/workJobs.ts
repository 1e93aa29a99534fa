import type { SendProviderRequest } from '../contracts';
import { createConversationService } from '../conversations/conversationService';
import type { RowCache } from '../conversations/rowCache';
import type { Database } from '../db/database';
import { createWebhookDelivery } from '../delivery/deliverWebhook';
import type { FlowRegistry } from '../flows/flowRegistry';
import { createOutboxDispatcher } from '../outbox/dispatchOutbox';
import type { ServerConfig } from '../serverConfig';
import type { Jobs } from './startJobs';

/**
 * Puts the job handlers to work on `jobs`: timers play their turn, outbox jobs send provider
 * requests, webhook jobs post effects to BATON_WEBHOOK_URL; all on `db` (the job handlers' own
 * pool). Used by the server's thread (PGlite, or a test's own `send`) and by the job thread
 * (jobThreadMain.ts). `prepare` runs the outbox's claim on an empty batch, so a warm-up can have
 * each connection prepare it.
 */
export async function workJobs(deps: {
  db: Database;
  flows: FlowRegistry;
  jobs: Jobs;
  config: ServerConfig;
  send: SendProviderRequest;
  now: () => number;
  rows?: RowCache;
}): Promise<{ prepare: () => Promise<unknown> }> {
  const { db, config, jobs } = deps;
  const service = createConversationService({ db, flows: deps.flows, jobs, now: deps.now, webhookEnabled: config.webhook !== null, rows: deps.rows });
  const dispatch = createOutboxDispatcher({ db, service, send: deps.send, timeoutMs: config.providerTimeoutMs });
  const deliver = config.webhook ? createWebhookDelivery(db, config.webhook) : null;
  await jobs.work({
    timer: async (job) => {
      await service.tick(job.conversationId, job.atMs);
    },
    outbox: dispatch,
    webhook: async (job) => {
      if (deliver) await deliver(job);
    },
  });
  return { prepare: () => dispatch([]) };
}
