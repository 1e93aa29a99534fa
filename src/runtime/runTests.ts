import type { Flow } from '../schema';
import { runTestCase, type TestCaseResult } from './runTestCase';

/** Runs every test case stored in the flow, in order. */
export function runTests(flow: Flow): TestCaseResult[] {
  return flow.tests.map((testCase) => runTestCase(flow, testCase));
}
