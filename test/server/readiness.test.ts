import { describe, expect, it, vi } from 'vitest';
import { API_KEY, waitFor, type TestServer } from './harness';
import { pgliteServerForSuite, postgresServerForSuite } from './postgresSuite';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

/** A probe's request: no API key, as a load balancer or kubelet sends it. */
async function probe(t: TestServer, path: '/healthz' | '/readyz') {
  const response = await fetch(t.server.url + path);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

describe('probes on PGlite', () => {
  const suite = pgliteServerForSuite();

  it('answers /healthz and /readyz without an API key; no job thread to check', async () => {
    expect(await probe(suite.t, '/healthz')).toMatchObject({ status: 200, body: { ok: true } });
    const ready = await probe(suite.t, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ ok: true, checks: { database: { ok: true, ms: expect.any(Number) } } });
    expect(ready.text).not.toContain(API_KEY);
    // The API itself still needs the key.
    expect((await fetch(`${suite.t.server.url}/v1/flows`)).status).toBe(401);
  });
});

describe('probes on PostgreSQL (a cluster of its own, stopped by the last test)', () => {
  const suite = postgresServerForSuite();

  it('is ready with the database and the job thread up', async () => {
    const ready = await probe(suite.t, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ ok: true, checks: { database: { ok: true, ms: expect.any(Number) }, jobThread: { ok: true, restarts: 0 } } });
    expect(ready.text).not.toContain(suite.pg.url);
  });

  it('answers 503 job_thread_down between the job thread dying and its restart, then 200 again', async () => {
    const thread = suite.t.server.jobThread!;
    await thread.terminate();
    expect(thread.running).toBe(false);
    const down = await probe(suite.t, '/readyz');
    expect(down.status).toBe(503);
    expect(down.body.error).toMatchObject({ code: 'job_thread_down', message: expect.stringContaining('job thread'), details: { checks: { database: { ok: true }, jobThread: { ok: false, restarts: 0 } } } });
    // Liveness does not follow readiness: the process is up.
    expect((await probe(suite.t, '/healthz')).status).toBe(200);

    await waitFor(() => (thread.running ? true : undefined), 20_000, 'the job thread to start again');
    const again = await probe(suite.t, '/readyz');
    expect(again.status).toBe(200);
    expect(again.body.checks.jobThread).toEqual({ ok: true, restarts: 1 });
  });

  it('answers 503 database_unreachable once PostgreSQL is stopped, naming no host or URL', async () => {
    await suite.pg.stop();
    const down = await probe(suite.t, '/readyz');
    expect(down.status).toBe(503);
    expect(down.body.error).toMatchObject({ code: 'database_unreachable', message: expect.stringContaining('database'), details: { checks: { database: { ok: false } } } });
    const port = new URL(suite.pg.url).port;
    expect(down.text).not.toContain(port);
    expect(down.text).not.toContain('127.0.0.1');
    expect(down.text).not.toContain('baton@');
    expect((await probe(suite.t, '/healthz')).status).toBe(200);
    expect(suite.t.logs.join('')).toContain('readiness: the database did not answer');
  });
});
