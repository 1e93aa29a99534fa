import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { FlowRegistry } from '../flows/flowRegistry';
import type { ServerConversationService } from '../conversations/conversationService';
import { checkApiKey } from './checkApiKey';
import { conversationRoutes } from './conversationRoutes';
import { flowRoutes } from './flowRoutes';
import { openApiDocument } from './openApiDocument';
import { createMetrics, type MetricsSources } from './metrics';
import { createReadinessCheck, probeRoutes } from './readiness';
import { handleError, sendError } from './sendError';

/** Headers that carry secrets: never in a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-twilio-signature"]',
  'req.headers["x-hub-signature-256"]',
  'req.headers["x-baton-signature"]',
  'req.headers.cookie',
];

export interface AppOptions {
  service: ServerConversationService;
  flows: FlowRegistry;
  /** null: --insecure-dev, no key asked. */
  apiKey: string | null;
  logger: FastifyServerOptions['logger'];
  /** Largest request body for the conversation API, bytes. */
  bodyLimit: number;
  version: string;
  /** What GET /readyz checks and GET /metrics reads: the database and the job thread, if any. */
  probes: Omit<MetricsSources, 'onError'>;
}

/** The HTTP app: the conversation and flow API under /v1 and /metrics (API key), /openapi.json and the probes /healthz and /readyz. */
export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger, bodyLimit: options.bodyLimit, return503OnClosing: true });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));

  const metrics = createMetrics({ ...options.probes, onError: (error) => app.log.warn({ err: error }, 'metrics: a database read failed') });
  metrics.observeRequests(app);

  const document = openApiDocument(options.version);
  app.get('/openapi.json', async () => document);
  probeRoutes(app, createReadinessCheck(options.probes));

  app.register(async (v1) => {
    v1.addHook('onRequest', async (request, reply) => {
      if (options.apiKey === null) return;
      if (!checkApiKey(request.headers.authorization, options.apiKey)) {
        return sendError(reply.header('www-authenticate', 'Bearer'), 401, 'unauthorized', 'Send the API key as "Authorization: Bearer KEY" (BATON_API_KEY).', '/headers/authorization');
      }
    });
    metrics.route(v1);
    conversationRoutes(v1, options.service);
    flowRoutes(v1, options.flows);
  });
  return app;
}
