import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { loadProviderConfig } from '../../src/server/providers';
import { loadServerConfig } from '../../src/server/serverConfig';
import { startServer } from '../../src/server/startServer';
import { API_KEY, OPEN_HOURS, providerEnv, readExample, waitFor } from './harness';
import { pgliteServerForSuite, postgresServerForSuite } from './postgresSuite';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus's text exposition format: one sample a line, `name{label="value",…} number`; comments skipped. */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`Not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the sample `name` whose labels include `labels` (0 when there is none). */
const valueOf = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value ?? 0;

describe('GET /metrics (PostgreSQL)', () => {
  const suite = postgresServerForSuite();

  const scrape = async () => {
    const response = await fetch(`${suite.t.server.url}/metrics`, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    return { text, samples: parseMetrics(text) };
  };

  it('needs the API key', async () => {
    const response = await fetch(`${suite.t.server.url}/metrics`);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
  });

  it('counts requests under their route pattern and reads the outbox, the jobs and the job thread at scrape time', async () => {
    const before = await scrape();
    const count = (samples: Sample[], route: string, method: string, status: string) =>
      valueOf(samples, 'baton_http_request_duration_seconds_count', { route, method, status_code: status });

    const created = await suite.t.api('POST', '/v1/conversations', { scene: OPEN_HOURS, refs: { chatId: 'metrics-chat' } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const turn = await suite.t.api('POST', `/v1/conversations/${id}/events`, { type: 'user_message', text: 'Connect me to a person' });
    expect(turn.body.effects.map((e: { type: string }) => e.type)).toContain('handover');
    for (let i = 0; i < 3; i++) expect((await suite.t.api('GET', `/v1/conversations/${id}`)).status).toBe(200);
    expect((await suite.t.api('GET', '/v1/conversations/c_missing')).status).toBe(404);
    expect((await fetch(`${suite.t.server.url}/no/such/${id}`)).status).toBe(404);
    await waitFor(() => suite.t.provider.requests.find((r) => String(r.headers['idempotency-key'] ?? '').startsWith(`baton-${id}-`)), 20_000, 'the handover request');
    const sent = await waitFor(async () => {
      const now = await scrape();
      return valueOf(now.samples, 'baton_outbox_rows', { status: 'sent' }) > valueOf(before.samples, 'baton_outbox_rows', { status: 'sent' }) ? now : undefined;
    }, 20_000, 'the outbox row marked sent');
    const after = await scrape();

    expect(count(after.samples, '/v1/conversations/:id', 'GET', '200') - count(before.samples, '/v1/conversations/:id', 'GET', '200')).toBe(3);
    expect(count(after.samples, '/v1/conversations/:id', 'GET', '404') - count(before.samples, '/v1/conversations/:id', 'GET', '404')).toBe(1);
    expect(count(after.samples, '/v1/conversations/:id/events', 'POST', '200') - count(before.samples, '/v1/conversations/:id/events', 'POST', '200')).toBe(1);
    expect(count(after.samples, '/v1/conversations', 'POST', '201') - count(before.samples, '/v1/conversations', 'POST', '201')).toBe(1);
    expect(count(after.samples, '(unmatched)', 'GET', '404') - count(before.samples, '(unmatched)', 'GET', '404')).toBe(1);
    // The scrapes themselves are timed too, each under /metrics.
    expect(count(after.samples, '/metrics', 'GET', '200')).toBeGreaterThan(count(before.samples, '/metrics', 'GET', '200'));
    // Route labels are patterns: no conversation id in any of them.
    expect(after.text).not.toContain(id);
    expect(after.text).not.toContain(API_KEY);

    expect(valueOf(sent.samples, 'baton_outbox_rows', { status: 'sent' })).toBeGreaterThanOrEqual(1);
    expect(after.samples.find((s) => s.name === 'baton_outbox_rows' && s.labels.status === 'pending')).toBeDefined();
    // The handover's queue wait is a timer job queued for later.
    expect(valueOf(after.samples, 'baton_jobs', { queue: 'baton-timer', state: 'created' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(after.samples, 'baton_job_thread_up')).toBe(1);
    expect(after.samples.find((s) => s.name === 'baton_job_thread_restarts_total')?.value).toBe(0);
    expect(valueOf(after.samples, 'baton_metrics_database_errors_total')).toBe(0);
    // prom-client's process metrics.
    expect(valueOf(after.samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(after.samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('follows the job thread: down and one restart after it dies', async () => {
    await suite.t.server.jobThread!.terminate();
    expect(valueOf((await scrape()).samples, 'baton_job_thread_up')).toBe(0);
    await waitFor(() => (suite.t.server.jobThread!.running ? true : undefined), 20_000, 'the job thread to start again');
    const samples = (await scrape()).samples;
    expect(valueOf(samples, 'baton_job_thread_up')).toBe(1);
    expect(valueOf(samples, 'baton_job_thread_restarts_total')).toBe(1);
  });

  it('still answers with PostgreSQL stopped: the database gauges empty, the failed reads counted, process metrics there', async () => {
    await suite.pg.stop();
    const { samples } = await scrape();
    expect(samples.filter((s) => s.name === 'baton_outbox_rows' || s.name === 'baton_jobs')).toEqual([]);
    expect(valueOf(samples, 'baton_metrics_database_errors_total')).toBeGreaterThanOrEqual(2);
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(suite.t.logs.join('')).toContain('metrics: a database read failed');
  });
});

describe('GET /metrics (PGlite)', () => {
  const suite = pgliteServerForSuite();

  it('reads the same tables on the embedded database and has no job thread to report', async () => {
    const response = await fetch(`${suite.t.server.url}/metrics`, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(response.status).toBe(200);
    const samples = parseMetrics(await response.text());
    expect(samples.filter((s) => s.name === 'baton_outbox_rows').map((s) => s.labels.status).sort()).toEqual(['failed', 'pending', 'sent']);
    expect(valueOf(samples, 'baton_metrics_database_errors_total')).toBe(0);
    expect(samples.some((s) => s.name.startsWith('baton_job_thread'))).toBe(false);
  });
});

describe('GET /metrics with --insecure-dev', () => {
  it('needs no key when the server runs without one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-data-'));
    const server = await startServer({
      config: loadServerConfig({ BATON_LOG_LEVEL: 'warn' }, { insecureDev: true }),
      flows: [{ source: 'chat', document: readExample('chat-handover.baton.json') }],
      dataDir,
      port: 0,
      providers: loadProviderConfig(providerEnv('http://127.0.0.1:9')),
      logStream: new Writable({ write: (_chunk, _encoding, done) => done() }),
    });
    try {
      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(200);
      expect(parseMetrics(await response.text()).some((s) => s.name === 'baton_http_request_duration_seconds_count')).toBe(true);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
