import { performance } from 'node:perf_hooks';

/** One measured figure; one JSON line each, so runs can be compared (bench/run.mjs --json). */
export interface Figure {
  figure: string;
  nodes?: number;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  note?: string;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function stats(figure: string, nodes: number | undefined, unit: string, samples: number[], note?: string): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    figure,
    ...(nodes === undefined ? {} : { nodes }),
    unit,
    median: round(sorted[Math.floor(sorted.length / 2)]),
    min: round(sorted[0]),
    max: round(sorted.at(-1)!),
    runs: samples.length,
    ...(note ? { note } : {}),
  };
}

/** A single value (a size): median, min and max are the same. */
export const single = (figure: string, unit: string, value: number, note?: string): Figure => stats(figure, undefined, unit, [value], note);

export function time(body: () => void): number {
  const start = performance.now();
  body();
  return performance.now() - start;
}

/**
 * Runs `timed` until the JIT has settled (at least `warmupRuns` calls and `warmupMs` spent), then
 * `runs` more times; each call returns the ms it measured itself. On this shared 2-core machine the
 * first few dozen calls of a function run in the interpreter and are 3–10× slower; the editor calls
 * validateFlow on every keystroke, so the settled figure is the one a user feels while editing
 * (the first call is reported apart).
 */
export function sample(timed: () => number, { runs = 15, warmupRuns = 5, warmupMs = 300 } = {}): number[] {
  const start = performance.now();
  for (let i = 0; i < warmupRuns || performance.now() - start < warmupMs; i++) timed();
  return Array.from({ length: runs }, timed);
}

export async function sampleAsync(timed: () => Promise<number>, { runs = 9, warmupRuns = 2 } = {}): Promise<number[]> {
  for (let i = 0; i < warmupRuns; i++) await timed();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timed());
  return samples;
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(4));

/** A plain-text table, one row per figure. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'nodes', 'median', 'min', 'max', 'unit', 'runs'];
  const rows = figures.map((f) => [f.figure, f.nodes === undefined ? '' : String(f.nodes), fmt(f.median), fmt(f.min), fmt(f.max), f.unit, String(f.runs)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
