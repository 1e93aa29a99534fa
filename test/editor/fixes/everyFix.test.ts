import { describe, expect, it } from 'vitest';
import { fixesFor } from '../../../src/editor/fixes/fixesFor';
import { QUICK_FIX_SUMMARIES } from '../../../src/rules/fixes/quickFixSummaries';
import { CODES } from '../../../src/rules/ruleCatalogue';
import { validateFlow } from '../../../src/rules/validateFlow';
import { calendarCases } from '../../rules/calendarCases';
import { contextCases } from '../../rules/contextCases';
import { handBackCases } from '../../rules/handBackCases';
import { handoverCases } from '../../rules/handoverCases';
import { nobodyAnswersCases } from '../../rules/nobodyAnswersCases';
import { providerCases } from '../../rules/providerCases';
import type { RuleCase } from '../../rules/ruleCase';
import { scenarioCases } from '../../rules/scenarioCases';
import { structureCases } from '../../rules/structureCases';
import { voiceCases } from '../../rules/voiceCases';
import { waitingCases } from '../../rules/waitingCases';
import { applyFixTo, sameFinding } from './applyEach';

const cases: RuleCase[] = [...structureCases, ...voiceCases, ...handoverCases, ...scenarioCases, ...calendarCases, ...nobodyAnswersCases, ...waitingCases, ...providerCases, ...contextCases, ...handBackCases];
const fixable = cases.filter((c) => c.code in QUICK_FIX_SUMMARIES);
// Fixed only when the intent is plain (voiceFixes.test.ts covers those); the rule case's value has none.
const CONDITIONAL = new Set(['voice.destination.invalid']);
const errorKeys = (flow: Parameters<typeof validateFlow>[0]) => new Set(validateFlow(flow).filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path}`));

describe('quick fixes on every rule case that fires', () => {
  it('lists only catalogue codes, and every one has a firing case to try it on', () => {
    for (const code of Object.keys(QUICK_FIX_SUMMARIES)) {
      expect(CODES.has(code), `${code} is not a catalogue code`).toBe(true);
      expect(fixable.some((c) => c.code === code), `${code} has no rule case`).toBe(true);
    }
  });

  // Each firing flow offers at least one fix for its finding; each fix removes that finding,
  // brings in no new error, and is one undo step that restores the flow exactly.
  const runs = fixable.flatMap((c) => {
    const flow = c.fires();
    return validateFlow(flow)
      .filter((d) => d.code === c.code)
      .slice(0, 1)
      .map((d) => ({ name: `${c.code}: ${d.message.slice(0, 60)}`, flow, d }));
  });

  it.each(runs.map((r) => [r.name, r] as const))('%s', (_, { flow, d }) => {
    const fixes = fixesFor(d, flow);
    if (!CONDITIONAL.has(d.code)) expect(fixes.length, 'offers a fix').toBeGreaterThan(0);
    for (const f of fixes) {
      const { ok, store, after } = applyFixTo(flow, d, f.id);
      expect(ok, f.label).toBe(true);
      const left = validateFlow(after);
      expect(left.filter(sameFinding(d)), `${f.label} leaves the finding`).toEqual([]);
      const before = errorKeys(flow);
      expect([...errorKeys(after)].filter((k) => !before.has(k)), `${f.label} brings new errors`).toEqual([]);
      expect(store.getState().undoLabel).toBe(f.label);
      store.undo();
      expect(store.getState().flow).toEqual(flow);
      expect(store.getState().canUndo).toBe(false);
    }
  });
});
