import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseFlow } from '../src/schema';
import { startSession } from '../src/ui/simulator/session';
import { sample, stats, time, type Figure } from './figure';

/**
 * A runaway turn in the Simulator (issue 11): the retry loop of test/fuzz/runawayRetry.baton.json,
 * started on a browser call, runs to the Simulator's step limit. Its session (runtime, a state
 * snapshot per effect, the timeline) once took seconds and about 800 MB; the figure is the time to
 * startSession's return, the note the heap it keeps.
 */
export function measureRunaway(): Figure[] {
  const parsed = parseFlow(readFileSync('test/fuzz/runawayRetry.baton.json', 'utf8'));
  if (!parsed.ok) throw new Error('test/fuzz/runawayRetry.baton.json does not parse');
  const run = () => {
    const started = startSession(parsed.flow, { channel: 'web_voice' }, new Set());
    if (!started.ok || started.session.runtime.log.at(-1)?.type !== 'runtime_error') throw new Error('the runaway flow did not stop at the step limit');
    return started.session;
  };
  const ms = sample(() => time(run), { runs: 9, warmupRuns: 2, warmupMs: 0 });
  // What the session keeps: heap after a full GC, with and without it (gc exposed for this measure).
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = run();
  gc();
  const mb = (process.memoryUsage().heapUsed - before) / 1e6;
  const note = `${kept.timeline.length} timeline items, ${mb.toFixed(1)} MB kept`;
  return [stats('Simulator runaway turn to the step limit', undefined, 'ms', ms, note)];
}
