import type { Flow } from '../schema';
import { analyzeFlow } from './analyzeFlow';
import type { Diagnostic } from './diagnostic';
import { ruleCatalogue } from './ruleCatalogue';

/**
 * Every problem in a parsed flow, for the canvas badges, the Problems tab, Monaco and the CLI.
 * Pure and linear in the flow's size: it runs on every keystroke, so all rules share one analysis.
 */
export function validateFlow(flow: Flow): Diagnostic[] {
  const ctx = { flow, graph: analyzeFlow(flow) };
  return ruleCatalogue.flatMap((rule) => rule.check(ctx));
}
