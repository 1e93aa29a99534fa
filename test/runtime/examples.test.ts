import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlow, type Flow } from '../../src/schema';
import { runTests } from '../../src/runtime';

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
});

describe('example test cases, together', () => {
  const flows = files.map(load);
  const logs = flows.flatMap((flow) => runTests(flow).map((r) => r.log));
  const seen = (predicate: (e: (typeof logs)[number][number]) => boolean) => logs.some((log) => log.some(predicate));

  it('cover every handover scenario', () => {
    for (const scenario of ['human_requested', 'knowledge_gap', 'repeated_failure']) {
      expect(seen((e) => e.type === 'trigger_fired' && e.scenario === scenario), scenario).toBe(true);
    }
  });

  it('cover every handover outcome port of every destination in the examples', () => {
    const ports = new Set(logs.flat().flatMap((e) => (e.type === 'handover_outcome' ? [e.port] : [])));
    expect([...ports].sort()).toEqual(['busy', 'no_agents', 'no_answer', 'rejected', 'resolved', 'timeout', 'transferred']);
    for (const destination of ['live_chat', 'messenger', 'voice'] as const) {
      expect(seen((e) => e.type === 'handover' && e.destination === destination), destination).toBe(true);
    }
  });
});
