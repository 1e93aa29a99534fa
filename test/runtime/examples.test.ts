import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlow, type Flow } from '../../src/schema';
import { runTests } from '../../src/runtime';
import { computeCoverage } from '../../src/runtime/computeCoverage';

const files = readdirSync('examples').filter((f) => f.endsWith('.baton.json'));

function load(file: string): Flow {
  const parsed = parseFlow(readFileSync(`examples/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  return parsed.flow;
}

describe.each(files)('example %s', (file) => {
  const flow = load(file);
  it.each(runTests(flow).map((r) => [r.name, r] as const))('%s', (_, result) => {
    expect(result.failures.map((f) => f.message)).toEqual([]);
  });

  it('meets every outcome port of every handover in it (a dropped call counts)', () => {
    const uncovered = computeCoverage(flow).handoverPorts.uncovered.map((p) => `${p.nodeId}:${p.port}`);
    expect(uncovered).toEqual([]);
  });

  it('fires every trigger in it', () => {
    const fired = new Set(runTests(flow).flatMap((r) => r.log.flatMap((e) => (e.type === 'trigger_fired' ? [e.nodeId] : []))));
    const triggers = flow.nodes.filter((n) => n.type.startsWith('trigger_')).map((n) => n.id);
    expect(triggers.filter((id) => !fired.has(id))).toEqual([]);
  });
});

describe('example test cases, together', () => {
  const flows = files.map(load);
  const logs = flows.flatMap((flow) => runTests(flow).map((r) => r.log));
  const seen = (predicate: (e: (typeof logs)[number][number]) => boolean) => logs.some((log) => log.some(predicate));

  it('cover every handover scenario', () => {
    // Conversation start is in no example (a greeting there would change every transcript the UI
    // tests read); scenarios.test.ts covers it.
    for (const scenario of ['human_requested', 'knowledge_gap', 'repeated_failure', 'sensitive_topic']) {
      expect(seen((e) => e.type === 'trigger_fired' && e.scenario === scenario), scenario).toBe(true);
    }
  });

  it('cover every handover outcome port of every destination in the examples', () => {
    const ports = new Set(logs.flat().flatMap((e) => (e.type === 'handover_outcome' ? [e.port] : [])));
    expect([...ports].sort()).toEqual(['abandoned', 'busy', 'callback', 'no_agents', 'no_answer', 'rejected', 'resolved', 'timeout', 'transferred']);
    for (const destination of ['live_chat', 'messenger', 'voice'] as const) {
      expect(seen((e) => e.type === 'handover' && e.destination === destination), destination).toBe(true);
    }
  });
});
