import type { Flow } from '../../src/schema';
import type { Diagnostic } from '../../src/rules/diagnostic';

/** One rule code: a flow that must trigger it, the smallest fix that must not, and what the finding says. */
export interface RuleCase {
  code: string;
  fires: () => Flow;
  clean: () => Flow;
  expect?: Partial<Diagnostic>;
}
