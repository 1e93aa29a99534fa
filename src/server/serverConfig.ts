import type { JobsConfig } from './jobs/startJobs';
import type { OutboundWebhookConfig } from './delivery/deliverWebhook';

/** The server's own settings, from the environment (provider settings are read by providers/). */
export interface ServerConfig {
  apiKey: string | null;
  databaseUrl?: string;
  webhook: OutboundWebhookConfig | null;
  bodyLimit: number;
  logLevel: string;
  jobs: JobsConfig;
  providerTimeoutMs: number;
  /** How many conversation rows a process keeps after writing them (src/server/conversations/rowCache.ts); 0: none. */
  rowCache: number;
}

export class ConfigError extends Error {}

/** Every variable the server reads, with its default; docs/server.md lists the same. */
export const SERVER_ENV = {
  BATON_API_KEY: 'bearer key for /v1 (required unless --insecure-dev)',
  DATABASE_URL: 'postgres://… (default: embedded PGlite in --data)',
  BATON_WEBHOOK_URL: 'where effects nobody asked for are posted',
  BATON_WEBHOOK_SECRET: 'HMAC-SHA256 key for X-Baton-Signature (required with BATON_WEBHOOK_URL)',
  BATON_BODY_LIMIT: 'largest API request body in bytes (65536)',
  BATON_LOG_LEVEL: 'pino level (info)',
  BATON_RETRY_LIMIT: 'retries of a provider request or outbound webhook (8)',
  BATON_RETRY_DELAY_SECONDS: 'first retry delay, doubled each time (2)',
  BATON_POLL_SECONDS: 'how often idle job workers poll (1)',
  BATON_JOB_EXPIRE_SECONDS: 'a job whose process died is retried after this (60)',
  BATON_WORKERS: 'job workers per queue per process (4)',
  BATON_PROVIDER_TIMEOUT_MS: 'timeout of one provider request (10000)',
  BATON_ROW_CACHE: 'conversations a process keeps in memory after their last turn, to play the next without reading it (10000; 0 turns it off)',
} as const;

function intFrom(env: NodeJS.ProcessEnv, name: keyof typeof SERVER_ENV, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new ConfigError(`${name} must be a number ≥ ${min}; it is "${raw}".`);
  return value;
}

export function loadServerConfig(env: NodeJS.ProcessEnv, options: { insecureDev: boolean }): ServerConfig {
  const apiKey = env.BATON_API_KEY?.trim() || null;
  if (!apiKey && !options.insecureDev) {
    throw new ConfigError('Set BATON_API_KEY (the bearer key API clients send), or pass --insecure-dev to run without one on this machine only.');
  }
  if (apiKey && apiKey.length < 16) throw new ConfigError('BATON_API_KEY is shorter than 16 characters; use a long random key (e.g. openssl rand -hex 32).');
  const webhookUrl = env.BATON_WEBHOOK_URL?.trim();
  const webhookSecret = env.BATON_WEBHOOK_SECRET?.trim();
  if (webhookUrl) {
    if (!URL.canParse(webhookUrl) || !/^https?:$/.test(new URL(webhookUrl).protocol)) throw new ConfigError(`BATON_WEBHOOK_URL is not an http(s) URL: "${webhookUrl}".`);
    if (!webhookSecret) throw new ConfigError('BATON_WEBHOOK_URL is set but BATON_WEBHOOK_SECRET is not: outbound webhooks are always signed.');
  }
  const providerTimeoutMs = intFrom(env, 'BATON_PROVIDER_TIMEOUT_MS', 10_000, 100);
  return {
    apiKey: options.insecureDev && !apiKey ? null : apiKey,
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    webhook: webhookUrl ? { url: webhookUrl, secret: webhookSecret!, timeoutMs: providerTimeoutMs } : null,
    bodyLimit: intFrom(env, 'BATON_BODY_LIMIT', 64 * 1024, 1024),
    logLevel: env.BATON_LOG_LEVEL?.trim() || 'info',
    jobs: {
      retryLimit: intFrom(env, 'BATON_RETRY_LIMIT', 8, 0),
      retryDelaySeconds: intFrom(env, 'BATON_RETRY_DELAY_SECONDS', 2, 1),
      pollingIntervalSeconds: intFrom(env, 'BATON_POLL_SECONDS', 1, 0.5),
      expireInSeconds: intFrom(env, 'BATON_JOB_EXPIRE_SECONDS', 60, 1),
      concurrency: intFrom(env, 'BATON_WORKERS', 4, 1),
    },
    providerTimeoutMs,
    rowCache: intFrom(env, 'BATON_ROW_CACHE', 10_000, 0),
  };
}
