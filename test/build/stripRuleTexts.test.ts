import { describe, expect, it } from 'vitest';
import { stripRuleTexts } from '../../build/stripRuleTexts';

const RULE = `export const r = defineRule({
  id: "r",
  source: SOURCES.x,
  codes: [{ code: "a.b", severity: "error", summary: "A long line for the catalogue." }],
  run(ctx, report) { report("a.b", { message: "Handover \\"x\\" has no next step.", path: "/nodes/0" }); },
});`;

describe('stripRuleTexts (the app bundle only)', () => {
  it('blanks each code summary in a rule module and keeps codes, severities and messages', () => {
    const out = stripRuleTexts(RULE, '/app/src/rules/rules/r.ts')!;
    expect(out).toContain('summary: ""');
    expect(out).not.toContain('A long line for the catalogue.');
    expect(out).toContain('code: "a.b", severity: "error"');
    expect(out).toContain('message: "Handover \\"x\\" has no next step."');
    expect(out).toContain('id: "r"');
  });

  it('blanks the sources a rule cites, keeping their keys', () => {
    const out = stripRuleTexts('export const SOURCES = { x: "RFC 3261 §19.1.1", y: "Seed: Handover" };', '/app/src/rules/sources.ts');
    expect(out).toBe('export const SOURCES = { x: "", y: "" };');
  });

  it('leaves every other module alone', () => {
    expect(stripRuleTexts('const o = { code: "a", severity: "error", summary: "kept" };', '/app/src/ui/x.ts')).toBeNull();
  });
});
