import { testCaseSchema, type TestCase } from '../../schema';
import type { Command } from './types';

/**
 * Adds a test case to flow.tests, or replaces the one with the same id (the simulator's "Save as
 * test case", the Tests tab's edits). One undo step; bad input is refused with its JSON path.
 */
export const saveTestCase: Command<{ testCase: TestCase }> = {
  id: 'saveTestCase',
  label: 'Save test case',
  perform(draft, args, ctx) {
    const parsed = testCaseSchema.safeParse(args.testCase);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? ` at tests/${issue.path.join('/')}` : '';
      return ctx.refuse(`The test case is not valid${where}: ${issue.message}`);
    }
    const index = draft.tests.findIndex((t) => t.id === parsed.data.id);
    if (index >= 0) draft.tests[index] = parsed.data;
    else if (draft.tests.length >= 1000) return ctx.refuse('A flow holds at most 1,000 test cases');
    else draft.tests.push(parsed.data);
  },
  describe: (args, flow) =>
    `${flow.tests.some((t) => t.id === args.testCase.id) ? 'Update' : 'Add'} test case "${args.testCase.name}"`,
};
