import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlow } from '../../src/schema';
import { validateDocument } from '../../src/rules/validateDocument';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const examples = readdirSync('examples').filter((f) => f.endsWith('.baton.json'));

describe('example flows', () => {
  it('are the three documented examples', () => {
    expect(examples.sort()).toEqual(['chat-handover.baton.json', 'messenger-handover.baton.json', 'voice-zendesk.baton.json']);
  });

  describe.each(examples)('%s', (file) => {
    const raw = read(`examples/${file}`);

    it('validates with no errors and no warnings', () => {
      const { diagnostics } = validateDocument(raw);
      expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    });

    it('points at the JSON Schema, lists staff and gives every node a canvas position', () => {
      const result = parseFlow(raw);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { flow } = result;
      expect(flow.$schema).toBe('../public/baton-flow.schema.json');
      expect(flow.settings.staff.length).toBeGreaterThan(0);
      expect(Object.keys(flow.layout.nodes).sort()).toEqual(flow.nodes.map((n) => n.id).sort());
    });
  });
});

/**
 * One broken variant per provider rule, with the codes it must produce. Each variant is otherwise
 * clean, so the errors and warnings it reports are exactly these.
 */
const BROKEN: Record<string, string[]> = {
  'browser-call-without-router.json': ['voice.channel.browser'],
  'bad-e164.json': ['voice.destination.invalid'],
  'x-twilio-header.json': ['voice.header.dropped'],
  'header-budget.json': ['voice.headers.too_long'],
  'retries-3.json': ['scenario.retries.too_many'],
  'seven-handovers.json': ['scenario.handover.limit'],
  'message-after-transferred.json': ['ownership.bot_message_after_transfer'],
  'missing-pause.json': ['voice.pause.missing'],
};

describe('broken example variants', () => {
  it('has an expectation for every file in test/examples/broken', () => {
    expect(readdirSync('test/examples/broken').sort()).toEqual(Object.keys(BROKEN).sort());
  });

  it.each(Object.entries(BROKEN))('%s reports %j', (file, codes) => {
    const raw = read(`test/examples/broken/${file}`);
    expect(parseFlow(raw).ok).toBe(true);
    const { diagnostics } = validateDocument(raw);
    const reported = [...new Set(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code))].sort();
    expect(reported).toEqual([...codes].sort());
  });
});
