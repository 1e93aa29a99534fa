#!/usr/bin/env node
// npm run bench [-- --quick] [-- --json] [-- --no-build] [-- --runs=N] [-- --sizes=100,1000]
//                [-- --figures=open,drag,typing,whole,wholeDrag,fit] [-- --frames-ms=3000] [-- --no-core] [-- --pages=baton]
//                [-- --no-build --dist=dist-other]
// Builds the app in bench mode, the bare React Flow page and the production bundle (all under
// dist-bench/), serves them with vite preview on 127.0.0.1, drives Debian's Chromium through
// playwright-core and measures both pages at 1,000 / 3,000 / 10,000 nodes (median, min and max of
// ≥ 3 runs, the two pages interleaved run by run), then runs bench/core.ts (validator, runtime,
// import, autosave, chunk sizes). Every browser figure also gets its Baton ÷ bare ratio.
// Prints a table and one JSON line per figure, writes bench/results/latest.json (partial.json for a
// narrowed run) and warns about every figure 20 % worse than in the previous file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { measureJournalStorage } from './measureJournalStorage.mjs';
import { measureDrag, measureFitAll, measureFrames, measureHeap, measureTyping } from './measurePage.mjs';
import { compareResults, formatTable, toFigure } from './report.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const SIZES = option('sizes')?.split(',').map(Number) ?? (quick ? [1000] : [1000, 3000, 10000]);
const RUNS = Number(option('runs') ?? 3);
/** Which groups of browser figures to take: load and heap are always taken. */
const FIGURE_GROUPS = ['open', 'drag', 'typing', 'whole', 'wholeDrag', 'fit'];
const FIGURES = new Set(option('figures')?.split(',') ?? FIGURE_GROUPS);
for (const f of FIGURES) if (!FIGURE_GROUPS.includes(f)) throw new Error(`--figures: unknown group "${f}" (choose from ${FIGURE_GROUPS.join(', ')})`);
/** How long each pan or zoom figure moves the view. */
const FRAMES_MS = Number(option('frames-ms') ?? (quick ? 2000 : 3000));
/** Which build to serve with --no-build (an older build in another folder, to compare). */
const DIST = option('dist') ?? 'dist-bench';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGES = [
  { page: 'baton', path: '/' },
  { page: 'bare', path: '/bare/' },
].filter((p) => (option('pages')?.split(',') ?? ['baton', 'bare']).includes(p.page));

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

function build() {
  run('npx', ['vite', 'build', '--mode', 'bench', '--outDir', 'dist-bench', '--emptyOutDir', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--config', 'bench/bare/vite.config.ts', '--logLevel', 'warn']);
  // The production bundle, for chunk sizes (and proof that bench mode left nothing in it).
  run('npx', ['vite', 'build', '--outDir', 'dist-bench/prod', '--emptyOutDir', '--logLevel', 'warn']);
  const leaked = readdirSync('dist-bench/prod/assets').filter((f) => f.endsWith('.js') && readFileSync(`dist-bench/prod/assets/${f}`, 'utf8').includes('__bench'));
  if (leaked.length) throw new Error(`bench code reached the production build: ${leaked.join(', ')}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** vite preview through its API, so closing it really stops the server (no stray process). */
async function serve() {
  const port = await freePort();
  const server = await preview({ logLevel: 'warn', build: { outDir: DIST }, preview: { host: '127.0.0.1', port, strictPort: true } });
  return { base: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

/** One fresh context and page per run, so no run inherits another's heap or caches. */
async function measureRun(browser, base, { page: name, path }, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(`${base}${path}?bench=${n}`);
    await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 60_000 });
    const out = { load: await page.evaluate(() => window.__bench.readyAt), heap: await measureHeap(page) };
    if (FIGURES.has('open')) {
      out.pan = await measureFrames(page, 'pan', FRAMES_MS);
      out.zoom = await measureFrames(page, 'zoom', FRAMES_MS);
    }
    if (FIGURES.has('drag')) {
      out.drag = await measureDrag(page, 1, 'open');
      out.drag50 = await measureDrag(page, 50, 'open');
    }
    if (FIGURES.has('typing') && name === 'baton') out.typing = await measureTyping(page);
    if (FIGURES.has('fit') && !FIGURES.has('whole')) out.fitAll = await measureFitAll(page);
    if (FIGURES.has('whole')) {
      out.fitAll = await measureFitAll(page);
      out.wholePan = await measureFrames(page, 'wholePan', FRAMES_MS);
      out.wholeZoom = await measureFrames(page, 'wholeZoom', FRAMES_MS);
      out.wholeHeap = await measureHeap(page);
    }
    if (FIGURES.has('wholeDrag')) {
      out.wholeDrag = await measureDrag(page, 1, 'whole');
      out.wholeDrag50 = await measureDrag(page, 50, 'whole');
    }
    return { ...out, errors };
  } finally {
    await context.close();
  }
}

/** [figure name, unit, value of one run (undefined when not taken)] for every browser figure. */
const BROWSER_FIGURES = [
  ['load (navigation → painted)', 'ms', (r) => r.load],
  ['JS heap after load', 'MB', (r) => r.heap],
  ['pan frame, median', 'ms', (r) => r.pan?.median],
  ['pan frame, p95', 'ms', (r) => r.pan?.p95],
  ['zoom frame, median', 'ms', (r) => r.zoom?.median],
  ['zoom frame, p95', 'ms', (r) => r.zoom?.p95],
  ['drag 1 node frame, median', 'ms', (r) => r.drag?.median],
  ['drag 50 nodes frame, median', 'ms', (r) => r.drag50?.median],
  ['keystroke → canvas', 'ms', (r) => r.typing?.median],
  ['fit all nodes → painted', 'ms', (r) => r.fitAll],
  ['whole flow: pan fps', 'fps', (r) => r.wholePan && 1000 / r.wholePan.mean],
  ['whole flow: pan frame, median', 'ms', (r) => r.wholePan?.median],
  ['whole flow: pan frame, p95', 'ms', (r) => r.wholePan?.p95],
  ['whole flow: zoom fps', 'fps', (r) => r.wholeZoom && 1000 / r.wholeZoom.mean],
  ['whole flow: zoom frame, p95', 'ms', (r) => r.wholeZoom?.p95],
  ['whole flow: JS heap (after GC)', 'MB', (r) => r.wholeHeap],
  ['whole flow: drag 1 node frame, median', 'ms', (r) => r.wholeDrag?.median],
  ['whole flow: drag 50 nodes frame, median', 'ms', (r) => r.wholeDrag50?.median],
];

function browserFigures(samples) {
  const figures = [];
  for (const [key, runs] of samples) {
    const [page, n] = key.split('|');
    const nodes = Number(n);
    for (const [figure, unit, read] of BROWSER_FIGURES) {
      const values = runs.map(read).filter((v) => v !== undefined);
      if (values.length) figures.push(toFigure({ figure, page, nodes, unit, values }));
    }
  }
  // Baton against the bare page, per size and figure: < 1 means Baton takes less (for fps: > 1 is faster).
  for (const n of SIZES) {
    const of = (page, f) => figures.find((x) => x.page === page && x.nodes === n && x.figure === f)?.median;
    for (const [f] of BROWSER_FIGURES) {
      const baton = of('baton', f);
      const bare = of('bare', f);
      if (baton && bare) figures.push(toFigure({ figure: `baton ÷ bare: ${f}`, nodes: n, unit: '×', values: [baton / bare] }));
    }
  }
  return figures;
}

function coreFigures() {
  const result = spawnSync('npx', ['tsx', 'bench/core.ts', '--dist=dist-bench/prod', ...(quick ? ['--quick'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error('bench/core.ts failed');
  return result.stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing (${CHROMIUM}); install it: apt-get update && apt-get install -y chromium`);
  if (!flag('no-build')) build();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const samples = new Map();
  let journalWrites;
  try {
    for (const n of SIZES) {
      for (let i = 0; i < RUNS; i++) {
        for (const target of PAGES) {
          const key = `${target.page}|${n}`;
          try {
            const r = await measureRun(browser, server.base, target, n);
            if (r.errors.length) console.error(`bench: ${target.page} at ${n} nodes logged errors: ${r.errors.slice(0, 3).join(' | ')}`);
            samples.set(key, [...(samples.get(key) ?? []), r]);
            const whole = `${r.wholePan ? `, whole-flow pan ${(1000 / r.wholePan.mean).toFixed(0)} fps` : ''}${r.fitAll ? `, fit all ${Math.round(r.fitAll)} ms` : ''}`;
            console.error(`bench: ${target.page} ${n} nodes, run ${i + 1}/${RUNS}: load ${Math.round(r.load)} ms${whole}`);
          } catch (error) {
            console.error(`bench: ${target.page} at ${n} nodes, run ${i + 1} failed: ${error.message}`);
          }
        }
      }
    }
    if (!flag('no-core')) journalWrites = await measureJournalStorage(browser, server.base);
  } finally {
    await browser.close();
    await server.stop();
  }
  const journalFigure = journalWrites?.length ? [toFigure({ figure: 'journal: localStorage writes per keystroke (Chromium)', unit: 'ms', values: journalWrites })] : [];
  const figures = [...browserFigures(samples), ...journalFigure, ...(flag('no-core') ? [] : coreFigures())];
  console.log(formatTable(figures));
  for (const figure of figures) console.log(JSON.stringify(figure));
  // Every full run writes latest.json (a run narrowed by --quick, --sizes, --figures or --runs writes
  // partial.json instead, so it never replaces the full figures); --json is accepted as before.
  const partial = quick || ['sizes', 'figures', 'runs', 'frames-ms', 'pages', 'dist'].some((name) => option(name) !== undefined) || flag('no-core');
  const latest = partial ? 'bench/results/partial.json' : 'bench/results/latest.json';
  const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : null;
  if (previous && !partial) renameSync(latest, 'bench/results/previous.json');
  writeFileSync(latest, `${JSON.stringify({ date: new Date().toISOString(), quick, runs: RUNS, sizes: SIZES, figures: [...FIGURES], figures_ms: FRAMES_MS, results: figures }, null, 2)}\n`);
  console.log(`\nbench: wrote ${latest}`);
  for (const warning of previous ? compareResults(previous.results ?? previous.figures, figures) : []) console.warn(`bench: WARNING ${warning}`);
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
