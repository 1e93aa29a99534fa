import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODES, ruleCatalogue } from '../../src/rules/ruleCatalogue';
import { renderCatalogue } from '../../src/rules/renderCatalogue';
import { structureCases } from './structureCases';
import { voiceCases } from './voiceCases';
import { handoverCases } from './handoverCases';
import { scenarioCases } from './scenarioCases';
import { calendarCases } from './calendarCases';
import { waitingCases } from './waitingCases';
import { contextCases } from './contextCases';
import { providerCases } from './providerCases';
import { nobodyAnswersCases } from './nobodyAnswersCases';
import { handBackCases } from './handBackCases';
import { voiceQueueCases } from './voiceQueueCases';

const rulesDir = fileURLToPath(new URL('../../src/rules/rules/', import.meta.url));
const docPath = fileURLToPath(new URL('../../docs/readme/rules.md', import.meta.url));

describe('rule catalogue', () => {
  it('lists every code that any rule module can emit', () => {
    // Codes are string literals passed to report(...); any literal shaped like a code must be declared.
    for (const file of readdirSync(rulesDir)) {
      const source = readFileSync(rulesDir + file, 'utf8');
      const rule = ruleCatalogue.find((r) => source.includes(`id: '${r.id}'`));
      expect(rule, `${file} is not in ruleCatalogue`).toBeDefined();
      for (const [, code] of source.matchAll(/report\(\s*'([a-z_.]+)'/g)) {
        expect(rule!.codes.map((c) => c.code), `${file} emits ${code}`).toContain(code);
      }
    }
    expect(readdirSync(rulesDir)).toHaveLength(ruleCatalogue.length);
  });

  it('has unique rule ids and codes, each with a source and a summary', () => {
    expect(new Set(ruleCatalogue.map((r) => r.id)).size).toBe(ruleCatalogue.length);
    const all = ruleCatalogue.flatMap((r) => r.codes);
    expect(CODES.size).toBe(all.length);
    for (const rule of ruleCatalogue) expect(rule.source.length).toBeGreaterThan(5);
    for (const code of all) {
      expect(code.code).toMatch(/^[a-z]+(\.[a-z_]+)+$/);
      expect(code.summary.length).toBeGreaterThan(20);
    }
  });

  it('has a fires / does-not-fire test for every code a parsed flow can produce', () => {
    const tested = [...structureCases, ...voiceCases, ...handoverCases, ...scenarioCases, ...calendarCases, ...waitingCases, ...contextCases, ...providerCases, ...nobodyAnswersCases, ...handBackCases, ...voiceQueueCases].map((c) => c.code);
    // schema.* codes are produced before a flow exists and are tested in validateDocument.test.ts.
    const expected = [...CODES.keys()].filter((code) => !code.startsWith('schema.'));
    expect([...tested].sort()).toEqual([...expected].sort());
  });

  it('keeps docs/readme/rules.md equal to the rendered catalogue', () => {
    if (process.env.UPDATE_RULES_DOC) writeFileSync(docPath, renderCatalogue());
    expect(readFileSync(docPath, 'utf8')).toBe(renderCatalogue());
  });

  it('renders one table row per code, escaping pipes', () => {
    const text = renderCatalogue([
      { id: 'demo', source: 'a | b', codes: [{ code: 'demo.one', severity: 'info', summary: 'x' }], check: () => [] },
    ]);
    expect(text).toContain('| `demo.one` | info | x | demo | a \\| b |');
  });
});
