// npm run bench:server [-- --conversations=N] [-- --events=N] [-- --rate=N] [-- --full] [-- --only=pglite|postgres]
// Loopback load on `baton serve` run as a child process (the load generator stays out of its event
// loop): N conversations × E events at a fixed rate (open loop: event i is due at i / rate s, late
// ones are sent at once and their wait counts in their latency), first on embedded PGlite, then on
// a throwaway PostgreSQL cluster. Prints events/s, p50 / p99 / max latency, errors, bytes stored
// per conversation and the server's RSS at start and end. Default 200 × 20 at 200 events/s;
// --full is 1,000 × 20.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/server/db/openDatabase';
import { childEnv, writeFlowDir } from '../../test/server/crashHelpers';
import { API_KEY, OPEN_HOURS } from '../../test/server/harness';
import { startPostgres } from '../../test/server/postgres';
import { startRecordingServer } from '../../test/server/recordingServer';
import { spawnServer } from '../../test/server/spawnServer';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const full = args.includes('--full');
const CONVERSATIONS = Number(option('conversations') ?? (full ? 1000 : 200));
const EVENTS = Number(option('events') ?? 20);
const RATE = Number(option('rate') ?? 200);
const ONLY = option('only');

/** One conversation's 20 events: a handover (an outbox request), the agent's side, the bot back. */
function script(n: number): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [{ type: 'user_message', text: 'Connect me to a person' }, { type: 'agent_accept', staffId: 'dana' }];
  while (events.length < n - 2) events.push({ type: 'agent_reply', text: `Reply ${events.length}` });
  events.push({ type: 'agent_resolve' }, { type: 'user_message', text: 'Thanks!' });
  return events.slice(0, n);
}

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function request(url: string, body: unknown): Promise<{ ok: boolean; json: { id?: string } }> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { ok: res.ok, json: await res.json() };
  } catch {
    return { ok: false, json: {} };
  }
}

async function bytesPerConversation(databaseUrl: string | undefined, dataDir: string): Promise<number> {
  const db = await openDatabase({ databaseUrl, dataDir });
  try {
    const { rows } = await db.query<{ bytes: number; n: number }>(
      `SELECT (SELECT sum(pg_total_relation_size(t))::float8 FROM unnest(ARRAY['conversations','conversation_refs','effects','inputs','outbox']::regclass[]) AS t) AS bytes,
              (SELECT count(*)::int FROM conversations) AS n`,
    );
    return rows[0].bytes / rows[0].n;
  } finally {
    await db.close();
  }
}

async function run(backend: 'pglite' | 'postgres') {
  const pg = backend === 'postgres' ? await startPostgres() : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  const flowDir = writeFlowDir();
  const provider = await startRecordingServer();
  const webhook = await startRecordingServer();
  const env = childEnv(pg?.url ?? '', provider.url, `${webhook.url}/hook`);
  if (!pg) delete (env as Partial<typeof env>).DATABASE_URL;
  const server = await spawnServer([flowDir, '--port', '0', '--data', dataDir], env, 120_000);
  try {
    const ids: string[] = [];
    for (let i = 0; i < CONVERSATIONS; i++) {
      const res = await request(`${server.url}/v1/conversations`, { scene: OPEN_HOURS, refs: { chatId: `bench-${i}` } });
      if (!res.ok || !res.json.id) throw new Error(`create failed: ${JSON.stringify(res.json)}`);
      ids.push(res.json.id);
    }
    const rssStart = rssOf(server.child.pid!);
    const events = script(EVENTS);
    // Event k of every conversation goes out before event k+1 of any, round-robin, at RATE per second.
    const schedule = events.flatMap((event, k) => ids.map((id) => ({ id, event, k })));
    const latencies: number[] = [];
    let errors = 0;
    const t0 = performance.now();
    const previous = new Map<string, Promise<void>>();
    const tasks = schedule.map((item, i) => {
      const before = previous.get(item.id) ?? Promise.resolve();
      const task = (async () => {
        const due = t0 + (i * 1000) / RATE;
        await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
        await before; // one conversation's events stay in order
        const res = await request(`${server.url}/v1/conversations/${item.id}/events`, item.event);
        latencies.push(performance.now() - due); // from when it was due: waiting counts
        if (!res.ok) errors++;
      })();
      previous.set(item.id, task);
      return task;
    });
    await Promise.all(tasks);
    const seconds = (performance.now() - t0) / 1000;
    const rssEnd = rssOf(server.child.pid!);
    latencies.sort((a, b) => a - b);
    await server.kill('SIGTERM');
    const bytes = await bytesPerConversation(pg?.url, dataDir);
    return {
      backend,
      events: schedule.length,
      eventsPerSecond: schedule.length / seconds,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      max: latencies[latencies.length - 1],
      errors,
      bytesPerConversation: bytes,
      rssStart,
      rssEnd,
      providerRequests: provider.requests.length,
    };
  } finally {
    if (server.child.exitCode === null) await server.kill('SIGKILL');
    await provider.close();
    await webhook.close();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(flowDir, { recursive: true, force: true });
  }
}

console.log(`bench:server — ${CONVERSATIONS} conversations × ${EVENTS} events at ${RATE} events/s, loopback, server as a child process`);
const backends = (['pglite', 'postgres'] as const).filter((b) => !ONLY || b === ONLY);
for (const backend of backends) {
  const r = await run(backend);
  console.log(
    `${r.backend.padEnd(8)}  ${r.eventsPerSecond.toFixed(0)} events/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  max ${r.max.toFixed(0)} ms  errors ${r.errors}/${r.events}` +
      `  ${(r.bytesPerConversation / 1024).toFixed(1)} KB stored/conversation  RSS ${mb(r.rssStart)} → ${mb(r.rssEnd)}  provider requests ${r.providerRequests}`,
  );
  console.log(JSON.stringify({ bench: 'server', conversations: CONVERSATIONS, eventsPerConversation: EVENTS, rate: RATE, ...r }));
}
