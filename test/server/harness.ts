import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadProviderConfig } from '../../src/server/providers';
import { loadServerConfig } from '../../src/server/serverConfig';
import { startServer, type RunningServer } from '../../src/server/startServer';
import { startRecordingServer } from './recordingServer';

export const API_KEY = 'test-key-0123456789abcdef';
export const TWILIO_ACCOUNT_SID = 'AC' + '0'.repeat(32);

export function readExample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
}

/** voice-zendesk with 5 s <Dial> timeouts (SIP leg, then Zendesk): timers a test can wait for. */
export function quickDialFlow(): Record<string, unknown> {
  const flow = readExample('voice-zendesk.baton.json') as { id: string; nodes: { id: string; data: { destination?: { timeoutSeconds?: number } } }[] };
  for (const id of ['sip_handover', 'zendesk_handover']) flow.nodes.find((n) => n.id === id)!.data.destination!.timeoutSeconds = 5;
  return flow;
}

/** Provider env pointing every provider at the recording server. */
export function providerEnv(providerUrl: string): Record<string, string> {
  return {
    BATON_PUBLIC_URL: 'https://baton.test',
    TWILIO_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: 'twilio-token-secret',
    TWILIO_API_BASE_URL: providerUrl,
    LIVE_CHAT_API_BASE_URL: providerUrl,
    LIVE_CHAT_API_TOKEN: 'live-chat-token-secret',
    ZENDESK_CHAT_API_URL: `${providerUrl}/zendesk`,
    ZENDESK_CHAT_ACCESS_TOKEN: 'zendesk-token-secret',
    MESSENGER_GRAPH_API_URL: providerUrl,
    MESSENGER_PAGE_ACCESS_TOKEN: 'page-token-secret',
  };
}

/**
 * A scene pinned to Monday 10:00 in Berlin, inside the chat example's support calendar: without a
 * startAt the server starts the clock on the wall clock, and the Hours node would follow the day the
 * tests run on.
 */
export const OPEN_HOURS = { startAt: '2026-12-07T10:00', timeZone: 'Europe/Berlin' } as const;

export type Backend = 'pglite' | 'postgres';

export interface TestServer {
  server: RunningServer;
  provider: Awaited<ReturnType<typeof startRecordingServer>>;
  webhook: Awaited<ReturnType<typeof startRecordingServer>>;
  logs: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers of every shape
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** A server on a fresh database (a temp PGlite folder, or the given PostgreSQL URL), its providers and webhook receiver recording. */
export async function startTestServer(options: { databaseUrl?: string; flows?: unknown[]; env?: Record<string, string> }): Promise<TestServer> {
  const provider = await startRecordingServer();
  const webhook = await startRecordingServer();
  const env = {
    BATON_API_KEY: API_KEY,
    BATON_WEBHOOK_URL: `${webhook.url}/hook`,
    BATON_WEBHOOK_SECRET: 'webhook-secret',
    BATON_RETRY_LIMIT: '2',
    BATON_RETRY_DELAY_SECONDS: '1',
    BATON_POLL_SECONDS: '0.5',
    BATON_LOG_LEVEL: 'info',
    BATON_BODY_LIMIT: '8192',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...providerEnv(provider.url),
    ...options.env,
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-data-'));
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const flows = options.flows ?? [readExample('chat-handover.baton.json'), quickDialFlow()];
  const server = await startServer({
    config: loadServerConfig(env, { insecureDev: false }),
    flows: flows.map((document, i) => ({ source: `flow${i}`, document })),
    dataDir,
    port: 0,
    providers: loadProviderConfig(env),
    logStream,
  });
  return {
    server,
    provider,
    webhook,
    logs,
    async api(method, path, body, headers = {}) {
      const response = await fetch(server.url + path, {
        method,
        headers: { authorization: `Bearer ${API_KEY}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    async close() {
      await server.close();
      await provider.close();
      await webhook.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it returns a value (not undefined) or `timeoutMs` passes. */
export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
