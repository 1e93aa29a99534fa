/**
 * Core figures (design budgets): validateFlow on 100 / 1,000 / 5,000-node flows ("a few ms at
 * 1,000 nodes, so it can run on every keystroke") and the runtime's cost per event ("well under
 * 0.1 ms per event on a 1,000-node flow"). Prints a table, then one JSON line per figure.
 * Run: npx tsx bench/core.ts
 */
import { performance } from 'node:perf_hooks';
import type { InputEvent } from '../src/schema';
import { validateFlow } from '../src/rules/validateFlow';
import { createRuntime } from '../src/runtime';
import { generateFlow, topicOfRow } from './generateFlow';

const SIZES = [100, 1000, 5000];
const RUNS = 7;
const WARMUP = 2;

interface Figure {
  figure: string;
  nodes: number;
  unit: 'ms' | 'ms/event';
  median: number;
  min: number;
  max: number;
  runs: number;
}

function stats(figure: string, nodes: number, unit: Figure['unit'], samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return { figure, nodes, unit, median: round(sorted[Math.floor(sorted.length / 2)]), min: round(sorted[0]), max: round(sorted.at(-1)!), runs: samples.length };
}

/** Runs `timed` WARMUP + RUNS times; each call returns the ms it measured itself. */
function sample(timed: () => number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const ms = timed();
    if (i >= WARMUP) samples.push(ms);
  }
  return samples;
}

function time(body: () => void): number {
  const start = performance.now();
  body();
  return performance.now() - start;
}

/** A conversation that touches every scenario, timers and a live chat handover with its agent events. */
const EVENTS: InputEvent[] = [
  { type: 'user_message', text: 'what are your opening hours?' },
  { type: 'ai_answer_failed' },
  { type: 'ai_answer_failed' },
  { type: 'ai_answer_failed' },
  { type: 'advance', ms: 3 * 3600_000 },
  { type: 'user_message', text: 'I want to talk to a human please' },
  { type: 'agent_accept', staffId: 'dana' },
  { type: 'agent_reply', text: 'Hi!' },
  { type: 'agent_resolve' },
  { type: 'advance', ms: 30 * 3600_000 },
  { type: 'ai_no_answer' },
  { type: 'user_message', text: 'I have a complaint' },
];

const figures: Figure[] = [];
for (const n of SIZES) {
  const flow = generateFlow(n);
  figures.push(stats('validateFlow', n, 'ms', sample(() => time(() => validateFlow(flow)))));

  // Land in the row that ends in the live chat handover (its first node is `r<row>n0`).
  const liveChat = flow.nodes.find((node) => node.type === 'handover' && node.data.destination.kind === 'live_chat');
  const row = Number(/^r(\d+)n/.exec(liveChat?.id ?? '')?.[1] ?? 0);
  const scene = { channel: 'web_chat' as const, variables: { topic: topicOfRow(row), name: 'Ada', customer_id: '42' } };
  const perEvent = sample(() => {
    // A fresh conversation per run; createRuntime validates the flow, so it stays outside the timing.
    const created = createRuntime(flow);
    if (!created.ok) throw new Error(`generated flow has errors: ${created.diagnostics[0].message}`);
    const rt = created.runtime;
    const ms = time(() => {
      rt.start(scene);
      for (const event of EVENTS) rt.dispatch(event);
    });
    if (rt.log.some((e) => e.type === 'runtime_error')) throw new Error('the bench conversation hit a runtime error');
    if (!rt.log.some((e) => e.type === 'agent_joined')) throw new Error('the bench conversation never reached its handover');
    return ms / (EVENTS.length + 1);
  });
  figures.push(stats('runtime per event', n, 'ms/event', perEvent));
}

const header = ['figure', 'nodes', 'median', 'min', 'max', 'unit', 'runs'];
const rows = figures.map((f) => [f.figure, String(f.nodes), f.median.toFixed(4), f.min.toFixed(4), f.max.toFixed(4), f.unit, String(f.runs)]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
for (const figure of figures) console.log(JSON.stringify(figure));
