import { describe, expect, it } from 'vitest';
import { withCode } from './helpers';
import type { RuleCase } from './ruleCase';

/** Registers a fires / does-not-fire pair of tests per case. */
export function runRuleCases(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    describe(c.code, () => {
      it('fires on the faulty flow', () => {
        const found = withCode(c.fires(), c.code);
        expect(found.length).toBeGreaterThan(0);
        if (c.expect) expect(found[0]).toMatchObject(c.expect);
        expect(found[0].message.length).toBeGreaterThan(20);
      });
      it('does not fire once fixed', () => {
        expect(withCode(c.clean(), c.code)).toEqual([]);
      });
    });
  }
}
