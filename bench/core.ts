/**
 * Core figures, without a browser (design budgets):
 * - validateFlow on 100 / 1,000 / 5,000-node flows ("a few ms at 1,000 nodes, so it can run on
 *   every keystroke"), settled and on the first call;
 * - the runtime's cost per event ("well under 0.1 ms per event on a 1,000-node flow");
 * - the Tests tab's Run all on a 50-case flow: every case plus coverage ("well under a second");
 * - importing a ~5 MB flow file (parse, migrate, schema, validate);
 * - one autosave of a 1,000-node flow (Dexie over fake-indexeddb) with 0 and 50 revisions kept, and one
 *   that also records a revision;
 * - what the crash journal adds per keystroke and per drag frame on a 1,000-node flow;
 * - a runaway turn in the Simulator, to its step limit (issue 11: "the simulator never freezes the page");
 * - chunk sizes of the build in dist/ (raw and gzip; initial JavaScript apart from lazy chunks).
 * Prints a table, then one JSON line per figure.
 * Run: npx tsx bench/core.ts [--quick] [--dist=dist]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseFlow, type InputEvent } from '../src/schema';
import { validateFlow } from '../src/rules/validateFlow';
import { createRuntime, runTests } from '../src/runtime';
import { computeCoverage } from '../src/runtime/computeCoverage';
import { formatTable, sample, stats, time, type Figure } from './figure';
import { generateFlow, topicOfRow } from './generateFlow';
import { measureAutosave } from './measureAutosave';
import { measureChunks } from './measureChunks';
import { measureImport } from './measureImport';
import { measureJournal } from './measureJournal';
import { measureRunaway } from './measureRunaway';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const dist = args.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist';
const SIZES = quick ? [1000] : [100, 1000, 5000];

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

function runtimePerEvent(n: number): Figure {
  const flow = generateFlow(n);
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
  }, { runs: 7, warmupRuns: 2, warmupMs: 0 });
  return stats('runtime per event', n, 'ms/event', perEvent);
}

/** What the Tests tab's Run all does (runTests + computeCoverage) on the voice example's cases, repeated to 50. */
function runAllFiftyCases(): Figure {
  const parsed = parseFlow(readFileSync('examples/voice-zendesk.baton.json', 'utf8'));
  if (!parsed.ok) throw new Error('examples/voice-zendesk.baton.json does not parse');
  const { flow } = parsed;
  const tests = Array.from({ length: 50 }, (_, i) => ({ ...flow.tests[i % flow.tests.length], id: `case-${i}` }));
  const fifty = { ...flow, tests };
  const ms = sample(() =>
    time(() => {
      if (!runTests(fifty).every((r) => r.pass)) throw new Error('a bench test case failed');
      computeCoverage(fifty);
    }),
  );
  return stats('Tests tab Run all, 50 cases + coverage', undefined, 'ms', ms, `${flow.nodes.length}-node voice example`);
}

async function main() {
  const figures: Figure[] = [];
  // Before anything else has warmed the JIT: what opening a 1,000-node flow costs the validator.
  const fresh = generateFlow(1000);
  const start = performance.now();
  validateFlow(fresh);
  figures.push(stats('validateFlow, first call', 1000, 'ms', [performance.now() - start], 'cold JIT, one sample'));

  for (const n of SIZES) {
    const flow = generateFlow(n);
    figures.push(stats('validateFlow', n, 'ms', sample(() => time(() => validateFlow(flow)))));
    figures.push(runtimePerEvent(n));
  }
  figures.push(runAllFiftyCases());
  figures.push(...measureImport());
  figures.push(...(await measureAutosave(1000)));
  figures.push(...measureJournal(1000));
  figures.push(...measureRunaway());
  const chunks = measureChunks(dist);
  if (chunks.length === 0) console.error(`bench/core: no build in ${dist}/ (run vite build first); chunk sizes skipped`);
  figures.push(...chunks);

  console.log(formatTable(figures));
  for (const figure of figures) console.log(JSON.stringify(figure));
}

await main();
