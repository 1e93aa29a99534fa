// npm run bench:server [-- --conversations=N] [-- --events=N] [-- --rate=N] [-- --full] [-- --only=pglite|postgres] [-- --runs=N]
// Loopback load on `baton serve` run as a child process (the load generator stays out of its event
// loop): N conversations × E events at a fixed rate (open loop: event i is due at i / rate s, late
// ones are sent at once and their wait counts in their latency), first on embedded PGlite, then on
// a throwaway PostgreSQL cluster. Prints events/s, p50 / p99 / max latency (and p99 per kind of
// turn), the seconds where events waited over 50 ms, errors, bytes stored per conversation, the
// server's memory after a GC at the start, middle and end of the load (flat or not), the load
// generator's own event-loop delay and the machine's load average. Default 200 × 20 at
// 200 events/s; --full is 1,000 × 20; --runs repeats each backend.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Agent, request as undiciRequest } from 'undici';
import { join } from 'node:path';
import { openDatabase } from '../../src/server/db/openDatabase';
import { childEnv, writeFlowDir } from '../../test/server/crashHelpers';
import { API_KEY, OPEN_HOURS } from '../../test/server/harness';
import { startPostgres } from '../../test/server/postgres';
import { startRecordingServer } from '../../test/server/recordingServer';
import { spawnServer, type ServerProcess } from '../../test/server/spawnServer';
import { describeMemory, describeTrace, firstSecondsP99, traceBuckets, isFlat, ms, serverMemory, slowSeconds, summarise, type Sample } from './benchStats';
import { cpuBetween, cpuSnapshot, postmasterOf } from './processCpu';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const full = args.includes('--full');
const CONVERSATIONS = Number(option('conversations') ?? (full ? 1000 : 200));
const EVENTS = Number(option('events') ?? 20);
const RATE = Number(option('rate') ?? 200);
const ONLY = option('only');
const RUNS = Number(option('runs') ?? 1);
/** `--cpu-prof=DIR`: the server child writes a V8 CPU profile there when it stops. */
const CPU_PROF = option('cpu-prof');
/** Preloaded into the server child: counts the statements it sends to the database. */
const COUNT_QUERIES = new URL('./countQueries.mjs', import.meta.url).href;
/**
 * `--stagger`: a second, gentler load, not the headline. Conversation i starts i/N of a conversation's
 * length into the run (at the default sizes, 10 new conversations a second), so each second mixes a
 * few handovers and accepts with many replies instead of 200 handovers in one second.
 */
const STAGGER = args.includes('--stagger');

/** One conversation's 20 events: a handover (an outbox request), the agent's side, the bot back. */
function script(n: number): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [{ type: 'user_message', text: 'Connect me to a person' }, { type: 'agent_accept', staffId: 'dana' }];
  while (events.length < n - 2) events.push({ type: 'agent_reply', text: `Reply ${events.length}` });
  events.push({ type: 'agent_resolve' }, { type: 'user_message', text: 'Thanks!' });
  return events.slice(0, n);
}

/** What kind of turn event k is, for the per-kind p99: the first message hands over (a provider request and a timer). */
const kindOf = (event: Record<string, unknown>, k: number) => (k === 0 ? 'handover' : k === EVENTS - 1 && event.type === 'user_message' ? 'user_message (bot back)' : String(event.type));
const cpuMsOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const waitUntil = async (check: () => boolean, timeoutMs: number) => {
  for (const until = Date.now() + timeoutMs; !check() && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
};

/** The load generator's HTTP client: undici's request API, a quarter of fetch's CPU per request, so the generator takes less of the 2 cores the server and PostgreSQL share with it. */
const generatorAgent = new Agent({ keepAliveTimeout: 30_000 });

async function request(url: string, body: unknown): Promise<{ ok: boolean; json: { id?: string } }> {
  try {
    const res = await undiciRequest(url, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(body), dispatcher: generatorAgent });
    return { ok: res.statusCode >= 200 && res.statusCode < 300, json: (await res.body.json()) as { id?: string } };
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
  // BATON_* settings in the bench's own environment reach the server (BATON_ROW_CACHE=0 npm run bench:server …).
  const own = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('BATON_'))) as Record<string, string>;
  const env = { ...childEnv(pg?.url ?? '', provider.url, `${webhook.url}/hook`), ...own };
  if (!pg) delete (env as Partial<typeof env>).DATABASE_URL;
  let spawned: ServerProcess | undefined;
  try {
    const server = (spawned = await spawnServer([flowDir, '--port', '0', '--data', dataDir], env, 120_000, ['--expose-gc', '--import', COUNT_QUERIES, ...(CPU_PROF ? ['--cpu-prof', '--cpu-prof-interval=250', `--cpu-prof-dir=${CPU_PROF}`] : [])]));
    const loadBefore = loadavg()[0];
    const ids: string[] = [];
    for (let i = 0; i < CONVERSATIONS; i++) {
      const res = await request(`${server.url}/v1/conversations`, { scene: OPEN_HOURS, refs: { chatId: `bench-${i}` } });
      if (!res.ok || !res.json.id) throw new Error(`create failed: ${JSON.stringify(res.json)}`);
      ids.push(res.json.id);
    }
    const memoryStart = await serverMemory(server);
    const events = script(EVENTS);
    // Event k of every conversation goes out before event k+1 of any, round-robin, at RATE per second
    // (--stagger: in the order of each conversation's own start, see STAGGER).
    const roundRobin = events.flatMap((event, k) => ids.map((id, i) => ({ id, event, k, i })));
    const startOf = (i: number) => (i * EVENTS) / CONVERSATIONS;
    const schedule = STAGGER ? [...roundRobin].sort((a, b) => a.k + startOf(a.i) - (b.k + startOf(b.i))) : roundRobin;
    const samples: Sample[] = [];
    let errors = 0;
    const generatorLoop = monitorEventLoopDelay({ resolution: 10 });
    generatorLoop.enable();
    // CPU used by the server and by PostgreSQL's processes: at the start, 2 s in (the handover
    // wave), and once every event is answered and every provider request sent.
    const postmaster = pg ? postmasterOf(Number(new URL(pg.url).port)) : null;
    const cpuNow = () => ({ server: cpuSnapshot(server.child.pid!), postgres: postmaster ? cpuSnapshot(postmaster, true) : new Map<number, number>() });
    const cpuStart = cpuNow();
    const cpuTwoSeconds = new Promise<ReturnType<typeof cpuNow>>((resolve) => setTimeout(() => resolve(cpuNow()), 2000));
    const generatorCpuStart = process.cpuUsage();
    const generatorCpuTwoSeconds = new Promise<number>((resolve) => setTimeout(() => resolve(cpuMsOf(process.cpuUsage(generatorCpuStart))), 2000));
    const t0 = performance.now();
    const t0Wall = Date.now();
    const previous = new Map<string, Promise<void>>();
    const middle = (async () => {
      await new Promise((r) => setTimeout(r, schedule.length / RATE / 2 * 1000));
      return serverMemory(server);
    })();
    const tasks = schedule.map((item, i) => {
      const before = previous.get(item.id) ?? Promise.resolve();
      const task = (async () => {
        const due = t0 + (i * 1000) / RATE;
        await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
        await before; // one conversation's events stay in order
        const res = await request(`${server.url}/v1/conversations/${item.id}/events`, item.event);
        samples.push({ due: due - t0, latency: performance.now() - due, kind: kindOf(item.event, item.k) }); // from when it was due: waiting counts
        if (!res.ok) errors++;
      })();
      previous.set(item.id, task);
      return task;
    });
    await Promise.all(tasks);
    const seconds = (performance.now() - t0) / 1000;
    generatorLoop.disable();
    const memoryMiddle = await middle;
    await waitUntil(() => provider.requests.length >= CONVERSATIONS, 30_000); // the outbox has sent every handover
    const cpuEnd = cpuNow();
    const cpuTwo = await cpuTwoSeconds;
    const cpuMs = (from: ReturnType<typeof cpuNow>, to: ReturnType<typeof cpuNow>) => ({ server: cpuBetween(from.server, to.server), postgres: cpuBetween(from.postgres, to.postgres) });
    const memoryEnd = await serverMemory(server);
    const trace = traceBuckets(server);
    const threadTrace = traceBuckets(server, 'jobs');
    const traceOf = (from: number, to: number) => describeTrace(trace, t0Wall + from, t0Wall + to);
    const threadTraceOf = (from: number, to: number) => (threadTrace.length ? describeTrace(threadTrace, t0Wall + from, t0Wall + to, 'jobs') : null);
    const loadAfter = loadavg()[0];
    // A server that does not stop within 15 s is killed (the finally below), so the bench never hangs on it.
    await Promise.race([server.kill('SIGTERM'), new Promise((r) => setTimeout(r, 15_000))]);
    const bytes = await bytesPerConversation(pg?.url, dataDir);
    return {
      backend,
      events: schedule.length,
      eventsPerSecond: schedule.length / seconds,
      ...summarise(samples),
      slowSeconds: slowSeconds(samples),
      firstSecondsP99: firstSecondsP99(samples),
      cpuMs: { firstTwoSeconds: { ...cpuMs(cpuStart, cpuTwo), generator: await generatorCpuTwoSeconds }, total: cpuMs(cpuStart, cpuEnd) },
      errors,
      bytesPerConversation: bytes,
      memory: { start: memoryStart, middle: memoryMiddle, end: memoryEnd, flat: isFlat(memoryStart, memoryEnd) },
      generatorLoopDelay: { p99: generatorLoop.percentile(99) / 1e6, max: generatorLoop.max / 1e6 },
      loadAverage: { before: loadBefore, after: loadAfter },
      providerRequests: provider.requests.length,
      trace: { second0: traceOf(0, 1000), second1: traceOf(1000, 2000), rest: traceOf(2000, seconds * 1000), jobThreadSecond0: threadTraceOf(0, 1000) },
    };
  } finally {
    if (spawned && spawned.child.exitCode === null) await spawned.kill('SIGKILL'); // also when it failed to start: the cluster below still stops
    await provider.close();
    await webhook.close();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(flowDir, { recursive: true, force: true });
  }
}

console.log(
  `bench:server — ${CONVERSATIONS} conversations × ${EVENTS} events at ${RATE} events/s, ${STAGGER ? 'STAGGERED starts (not the headline figure)' : 'round-robin'}, loopback, server as a child process`,
);
const backends = (['pglite', 'postgres'] as const).filter((b) => !ONLY || b === ONLY);
for (const backend of backends) {
  for (let runNumber = 1; runNumber <= RUNS; runNumber++) {
    const r = await run(backend);
    const { start, middle, end, flat } = r.memory;
    console.log(
      `${r.backend.padEnd(8)}  ${r.eventsPerSecond.toFixed(0)} events/s  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  errors ${r.errors}/${r.events}` +
        `  ${(r.bytesPerConversation / 1024).toFixed(1)} KB stored/conversation  provider requests ${r.providerRequests}`,
    );
    console.log(`          p99 by turn: ${Object.entries(r.byKind).map(([kind, q]) => `${kind} ${ms(q.p99)}`).join(', ')}`);
    console.log(`          seconds with an event over 50 ms: ${r.slowSeconds.map((s) => `${s.second}s (${s.n}, max ${ms(s.max)})`).join(', ') || 'none'}`);
    console.log(`          p99 of the events due in second 0, 1, 2: ${r.firstSecondsP99.map((v) => ms(v)).join(', ')}`);
    const { firstTwoSeconds: two, total } = r.cpuMs;
    console.log(
      `          CPU: server ${(total.server / r.events).toFixed(2)} ms + PostgreSQL ${(total.postgres / r.events).toFixed(2)} ms per event over the run;` +
        ` first 2 s: server ${two.server.toFixed(0)} ms, PostgreSQL ${two.postgres.toFixed(0)} ms, this load generator (and the recording servers) ${two.generator.toFixed(0)} ms (of 4,000 ms on 2 cores)`,
    );
    const queries = end.queries !== undefined && start.queries !== undefined ? `${((end.queries - start.queries) / r.events).toFixed(2)} statements to the database per event (pg-boss's included)` : '';
    console.log(`          ${queries}`);
    console.log(`          server second 0: ${r.trace.second0}`);
    console.log(`          server second 1: ${r.trace.second1}`);
    console.log(`          server after 2 s: ${r.trace.rest}`);
    if (r.trace.jobThreadSecond0) console.log(`          job thread second 0: ${r.trace.jobThreadSecond0}`);
    console.log(`          server memory after GC: start ${describeMemory(start)}; middle ${describeMemory(middle)}; end ${describeMemory(end)} → ${flat ? 'flat' : 'NOT flat'}`);
    console.log(
      `          load generator loop delay p99 ${ms(r.generatorLoopDelay.p99)} max ${ms(r.generatorLoopDelay.max)}; machine load average ${r.loadAverage.before.toFixed(1)} → ${r.loadAverage.after.toFixed(1)} (2 cores: over ~1.5 the figures are the machine's, not the server's)`,
    );
    const { trace: _trace, ...record } = r;
    console.log(JSON.stringify({ bench: 'server', schedule: STAGGER ? 'staggered' : 'round-robin', conversations: CONVERSATIONS, eventsPerConversation: EVENTS, rate: RATE, run: runNumber, ...record }));
  }
}
await generatorAgent.close();
