// Figures the server bench prints: latency quantiles, where the slow events were, and the server
// process's memory after a GC (the server prints it on SIGUSR2 when run with --expose-gc).
import type { ServerProcess } from '../../test/server/spawnServer';

export const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
export const ms = (value: number) => (value < 100 ? `${value.toFixed(1)} ms` : `${value.toFixed(0)} ms`);

export interface Sample {
  /** ms since the load started at which the event was due */
  due: number;
  latency: number;
  /** what kind of turn it was: 'handover', 'agent_reply', … */
  kind: string;
}

/** p50 / p99 / max of every sample, and p99 per kind of turn. */
export function summarise(samples: Sample[]) {
  const all = samples.map((s) => s.latency).sort((a, b) => a - b);
  const kinds = [...new Set(samples.map((s) => s.kind))];
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const sorted = samples.filter((s) => s.kind === kind).map((s) => s.latency).sort((a, b) => a - b);
      return [kind, { n: sorted.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) }];
    }),
  );
  return { p50: quantile(all, 0.5), p99: quantile(all, 0.99), max: all[all.length - 1], byKind };
}

/** The worst latency per second of the run, for the seconds where it passed `threshold` ms: a stall or a backlog, and when. */
export function slowSeconds(samples: Sample[], threshold = 50): { second: number; max: number; n: number }[] {
  const seconds = new Map<number, { max: number; n: number }>();
  for (const s of samples) {
    if (s.latency <= threshold) continue;
    const second = Math.floor(s.due / 1000);
    const entry = seconds.get(second) ?? { max: 0, n: 0 };
    entry.max = Math.max(entry.max, s.latency);
    entry.n++;
    seconds.set(second, entry);
  }
  return [...seconds].sort(([a], [b]) => a - b).map(([second, e]) => ({ second, ...e }));
}

/** p99 latency of the events due in each of the first `seconds` seconds of the run (where a burst backs up). */
export function firstSecondsP99(samples: Sample[], seconds = 3): number[] {
  return Array.from({ length: seconds }, (_, second) => {
    const sorted = samples.filter((s) => Math.floor(s.due / 1000) === second).map((s) => s.latency).sort((a, b) => a - b);
    return sorted.length ? quantile(sorted, 0.99) : NaN;
  });
}

export interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Statements the server had sent to the database by then, every thread's (bench/server/countQueries.mjs). */
  queries?: number;
  /** The job thread's heap after its own GC, when it runs (PostgreSQL). */
  jobThreadHeapUsed?: number;
}

/** Asks the server (spawned with --expose-gc) to collect garbage and report its memory. */
export async function serverMemory(server: ServerProcess): Promise<Memory> {
  const count = () => server.output().split('\n').filter((line) => line.startsWith('{"batonMemory"')).length;
  const before = count();
  server.child.kill('SIGUSR2');
  const until = Date.now() + 15_000;
  while (count() === before) {
    if (Date.now() > until) throw new Error('the server did not report its memory (is it run with --expose-gc?)');
    await new Promise((r) => setTimeout(r, 20));
  }
  // countQueries.mjs (when preloaded) prints after it has heard from the job thread: give it a second.
  const countQueries = () => server.output().split('\n').filter((line) => line.startsWith('{"batonQueries"')).length;
  for (const until = Date.now() + 1000; countQueries() <= before && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20));
  const lines = server.output().split('\n').filter((line) => line.startsWith('{"batonMemory"'));
  const counts = server.output().split('\n').filter((line) => line.startsWith('{"batonQueries"'));
  const queries = counts[before] ? (JSON.parse(counts[before]) as { batonQueries: number }).batonQueries : undefined;
  return { ...(JSON.parse(lines[before]) as { batonMemory: Memory }).batonMemory, queries };
}

/**
 * Flat: the live heap after GC at the end is within 20 % + 8 MB of the start's (caches warm up; a
 * leak of a few KB per event over thousands of events shows), and RSS within 25 % + 32 MB.
 */
export function isFlat(start: Memory, end: Memory): boolean {
  const threadFlat = (end.jobThreadHeapUsed ?? 0) <= (start.jobThreadHeapUsed ?? 0) * 1.2 + 8 * 1048576;
  return end.heapUsed <= start.heapUsed * 1.2 + 8 * 1048576 && threadFlat && end.rss <= start.rss * 1.25 + 32 * 1048576;
}

export const describeMemory = (m: Memory) =>
  `RSS ${mb(m.rss)}, heap ${mb(m.heapUsed)}${m.jobThreadHeapUsed === undefined ? '' : ` + job thread ${mb(m.jobThreadHeapUsed)}`} (wasm/buffers ${mb(m.external)})`;

/** One 250 ms bucket of the server's trace (bench/server/countQueries.mjs). */
interface TraceBucket {
  at: number;
  elu?: number;
  /** the main thread's CPU time in the bucket, ms */
  cpuMs?: number;
  queries: number;
  queryMs: number;
  pools: Record<string, { acquires: number; waitMs: number; maxWaitMs: number; maxQueued: number }>;
  /** statements by their first 70 characters */
  kinds?: Record<string, number>;
}

/** Every trace bucket the server printed so far (each SIGUSR2 prints those since the last). */
/** The trace of the server's main thread (the API's turns), or with `thread: 'jobs'` of its job thread. */
export function traceBuckets(server: ServerProcess, thread: 'main' | 'jobs' = 'main'): TraceBucket[] {
  return server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{"batonTrace"'))
    .flatMap((line) => {
      const trace = JSON.parse(line) as { batonTrace: TraceBucket[]; batonThreadTrace?: TraceBucket[] };
      return thread === 'main' ? trace.batonTrace : (trace.batonThreadTrace ?? []);
    });
}

/** Pools in the order each thread opens them: on PostgreSQL the main thread has the API's and its pg-boss (queueing only), the job thread its handlers' and its pg-boss. */
const POOL_NAMES: Record<'main' | 'jobs', Record<string, string>> = { main: { 1: 'API', 2: 'pg-boss' }, jobs: { 1: 'jobs', 2: 'pg-boss' } };

/**
 * Where the server's time went between two wall times: its main thread's event-loop utilisation
 * (per 250 ms and on average), each pool's connection waits, and the statements' mean round trip.
 */
export function describeTrace(buckets: TraceBucket[], fromMs: number, toMs: number, thread: 'main' | 'jobs' = 'main'): string {
  const inWindow = buckets.filter((b) => b.at >= fromMs && b.at < toMs).sort((a, b) => a.at - b.at);
  if (inWindow.length === 0) return 'no trace';
  const elus = inWindow.map((b) => b.elu ?? NaN);
  const meanElu = elus.filter((e) => !Number.isNaN(e)).reduce((s, e, _, all) => s + e / all.length, 0);
  const queries = inWindow.reduce((s, b) => s + b.queries, 0);
  const queryMs = inWindow.reduce((s, b) => s + b.queryMs, 0);
  const pools = new Map<string, { acquires: number; waitMs: number; maxWaitMs: number; maxQueued: number }>();
  for (const b of inWindow) {
    for (const [n, p] of Object.entries(b.pools)) {
      const sum = pools.get(n) ?? { acquires: 0, waitMs: 0, maxWaitMs: 0, maxQueued: 0 };
      sum.acquires += p.acquires;
      sum.waitMs += p.waitMs;
      sum.maxWaitMs = Math.max(sum.maxWaitMs, p.maxWaitMs);
      sum.maxQueued = Math.max(sum.maxQueued, p.maxQueued);
      pools.set(n, sum);
    }
  }
  const poolText = [...pools]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([n, p]) => `${POOL_NAMES[thread][n] ?? `pool ${n}`} ${p.acquires} acquires, wait mean ${ms(p.waitMs / p.acquires)} max ${ms(p.maxWaitMs)}, ≤${p.maxQueued} queued`)
    .join('; ');
  const kinds = new Map<string, number>();
  for (const b of inWindow) for (const [k, n] of Object.entries(b.kinds ?? {})) kinds.set(k, (kinds.get(k) ?? 0) + n);
  const kindText = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${n}× ${k.slice(0, 50)}`).join(' | ');
  const cpuMs = inWindow.reduce((sum, b) => sum + (b.cpuMs ?? 0), 0);
  return (
    `${thread === 'main' ? `main thread CPU ${cpuMs.toFixed(0)} ms, ` : ''}event loop busy ${(meanElu * 100).toFixed(0)} % (per 250 ms: ${elus.map((e) => (Number.isNaN(e) ? '?' : (e * 100).toFixed(0))).join(' ')}); ` +
    `${queries} statements, round trip mean ${ms(queryMs / Math.max(1, queries))} (${kindText}); pools: ${poolText}`
  );
}
