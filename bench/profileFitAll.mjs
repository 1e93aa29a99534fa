#!/usr/bin/env node
// node bench/profileFitAll.mjs [--nodes=3000] [--page=baton|bare] [--runs=1] [--out=DIR] [--dist=dist-bench]
// After a bench build (npm run bench once, or --no-build runs reuse dist-bench/): opens the page at
// N nodes, waits for the map layer's chunk, and takes a CDP CPU profile and a trace of one
// "fit all → painted" (as bench/measurePage.mjs measures it). Prints the time, the functions with
// the most self time and the trace's main-thread time by event; writes the .cpuprofile and trace
// JSON to --out for DevTools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const N = Number(option('nodes', 3000));
const PAGE = option('page', 'baton');
const RUNS = Number(option('runs', 1));
const OUT = option('out', '/tmp/baton-fit-profile');
const DIST = option('dist', 'dist-bench');
mkdirSync(OUT, { recursive: true });

const server = await preview({ logLevel: 'warn', build: { outDir: DIST }, preview: { host: '127.0.0.1', port: 0 } });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}${PAGE === 'bare' ? '/bare/' : '/'}?bench=${N}`);
    await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 60_000 });
    await page.waitForTimeout(2500);
    await page.evaluate(() => window.__bench.rf.setViewport({ x: 40, y: 20, zoom: 1 }));
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    const ms = await page.evaluate(async () => {
      performance.mark('fit-start');
      const start = performance.now();
      await window.__bench.rf.fitView({ duration: 0 });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      performance.mark('fit-end');
      return performance.now() - start;
    });
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await traced;
    writeFileSync(`${OUT}/${PAGE}-${N}-${run}.cpuprofile`, JSON.stringify(profile));
    writeFileSync(`${OUT}/${PAGE}-${N}-${run}.trace.json`, JSON.stringify(events));
    console.log(`\n${PAGE} ${N} nodes, run ${run + 1}: fit all → painted ${ms.toFixed(0)} ms`);
    // Self time per function (µs → ms).
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
    // Main-thread trace events by name, top level only (complete events with dur), between the marks.
    const marks = events.filter((e) => e.name === 'fit-start' || e.name === 'fit-end').map((e) => e.ts);
    const [t0, t1] = [Math.min(...marks), Math.max(...marks)];
    const main = events.find((e) => e.name === 'fit-start')?.tid;
    const byName = new Map();
    for (const e of events) {
      if (e.ph !== 'X' || e.tid !== main || e.ts < t0 || e.ts > t1) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
    console.log('  trace (main thread, inclusive):');
    for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
