import { plural, type Flow, type TestCase } from '../schema';
import { checkExpectations, type ExpectationFailure } from './checkExpectations';
import type { Effect } from './effects';
import { runScript } from './runScript';

export interface TestCaseResult {
  id: string;
  name: string;
  pass: boolean;
  failures: ExpectationFailure[];
  log: Effect[];
}

/**
 * Runs one test case: its scene and events on a fresh runtime (voice transfers fed
 * scene.transferOutcome unless the events say otherwise), then its expectations on the log.
 * A flow with validation errors fails every case, saying why.
 */
export function runTestCase(flow: Flow, testCase: TestCase): TestCaseResult {
  const run = runScript(flow, testCase.scene, testCase.events);
  if (!run.ok) {
    const first = run.diagnostics[0];
    // The message names the node as people read it; the pointer says where in the file.
    const where = first.path ? ` (${first.path})` : '';
    const message = `The flow has ${plural(run.diagnostics.length, 'error')} and cannot run: ${first.message}${where}`;
    const expectation = testCase.expect[0] ?? { effect: 'runtime_error', match: {}, absent: false };
    return { id: testCase.id, name: testCase.name, pass: false, failures: [{ index: -1, expectation, message }], log: [] };
  }
  const failures = checkExpectations(run.log, testCase.expect);
  const runtimeError = run.log.find((e) => e.type === 'runtime_error');
  const errorExpected = testCase.expect.some((e) => e.effect === 'runtime_error');
  if (runtimeError && !errorExpected && runtimeError.type === 'runtime_error') {
    failures.push({
      index: -1,
      expectation: { effect: 'runtime_error', match: {}, absent: true },
      message: `The run stopped with a runtime error: ${runtimeError.message}`,
    });
  }
  return { id: testCase.id, name: testCase.name, pass: failures.length === 0, failures, log: run.log };
}
