// Preloaded into the bench's server child (node --import): counts the statements the process sends
// to the database (every pg Client query: the server's, pg-boss's, BEGIN and COMMIT) and prints the
// count as one JSON line, {"batonQueries":N}, on SIGUSR2, next to the server's memory report.
// It also keeps a timeline in 250 ms buckets (wall time) of where the process's time went: the
// main thread's event-loop utilisation, the wait for a pool connection per pool (pools numbered in
// the order the process opened them: the API's, the job handlers', pg-boss's), and the statements
// and their round trips, printed as {"batonTrace":{…}} on the same signal (the buckets since the
// last report), so the bench can say whether a slow second waited on the pool, on the database or
// on the server's own thread.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const require = createRequire(new URL('../../package.json', import.meta.url));
const pg = require('pg');
const BUCKET_MS = 250;
let queries = 0;
/** bucket start (epoch ms) → figures of that bucket */
let buckets = new Map();
const bucket = (now = Date.now()) => {
  const at = Math.floor(now / BUCKET_MS) * BUCKET_MS;
  let b = buckets.get(at);
  if (!b) buckets.set(at, (b = { at, queries: 0, queryMs: 0, pools: {}, kinds: {} }));
  return b;
};

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  queries++;
  const b = bucket();
  b.queries++;
  const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
  const kind = String(text ?? '?').replace(/\s+/g, ' ').slice(0, 70);
  b.kinds[kind] = (b.kinds[kind] ?? 0) + 1;
  const started = performance.now();
  const done = () => (b.queryMs += performance.now() - started);
  const last = args.length - 1;
  if (typeof args[last] === 'function') {
    const cb = args[last];
    args[last] = (...results) => {
      done();
      return cb(...results);
    };
  }
  const result = query.apply(this, args);
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};

let pools = 0;
const poolOf = new WeakMap();
const connect = pg.Pool.prototype.connect;
pg.Pool.prototype.connect = function timedConnect(cb) {
  if (!poolOf.has(this)) poolOf.set(this, ++pools);
  const n = poolOf.get(this);
  const started = performance.now();
  const waiting = this._pendingQueue?.length ?? 0;
  const record = () => {
    const p = (bucket().pools[n] ??= { acquires: 0, waitMs: 0, maxWaitMs: 0, maxQueued: 0 });
    const wait = performance.now() - started;
    p.acquires++;
    p.waitMs += wait;
    p.maxWaitMs = Math.max(p.maxWaitMs, wait);
    p.maxQueued = Math.max(p.maxQueued, waiting);
  };
  if (typeof cb === 'function') {
    return connect.call(this, (err, client, done) => {
      record();
      cb(err, client, done);
    });
  }
  const result = connect.call(this);
  result.then(record, record);
  return result;
};

/** The main thread's CPU time (user + system), ms, from /proc (Linux; clock ticks of 10 ms): unlike utilisation, the machine's load does not inflate it. */
const mainThreadCpuMs = () => {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
};
let elu = performance.eventLoopUtilization();
let cpu = mainThreadCpuMs();
setInterval(() => {
  const now = performance.eventLoopUtilization();
  const cpuNow = mainThreadCpuMs();
  const b = bucket(Date.now() - BUCKET_MS / 2); // the 250 ms just ended
  b.elu = performance.eventLoopUtilization(now, elu).utilization;
  if (isMainThread) b.cpuMs = cpuNow - cpu; // /proc names the main thread only
  elu = now;
  cpu = cpuNow;
}, BUCKET_MS).unref();

// The job thread (src/server/jobs/jobThread.ts) loads this file too. Signals reach only the main
// thread, so on SIGUSR2 the main thread asks the other threads over a BroadcastChannel and prints
// their statements with its own: batonQueries counts every thread's, batonTrace is the main thread's
// (the API's turns), batonThreadTrace the others' (the job handlers').
const channel = new BroadcastChannel('baton-bench-queries');
channel.unref();
const take = () => {
  const taken = { queries, buckets: [...buckets.values()] };
  buckets = new Map();
  return taken;
};
if (!isMainThread) {
  channel.onmessage = (message) => {
    if (message.data === 'report') channel.postMessage(take());
  };
} else {
  process.on('SIGUSR2', () => {
    const own = take();
    const threads = [];
    channel.onmessage = (message) => threads.push(message.data);
    channel.postMessage('report');
    setTimeout(() => {
      channel.onmessage = null;
      process.stdout.write(`${JSON.stringify({ batonQueries: own.queries + threads.reduce((n, t) => n + t.queries, 0) })}\n`);
      process.stdout.write(`${JSON.stringify({ batonTrace: own.buckets, batonThreadTrace: threads.flatMap((t) => t.buckets) })}\n`);
    }, 100);
  });
}
