import { useMemo, useState } from 'react';
import { plural, type TestCase } from '../../schema';
import type { TestCaseResult } from '../../runtime';
import { removeTestCase } from '../../editor/commands/removeTestCase';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { selectFlow } from '../store/selectors';
import { openPanelTab } from '../simulator/openPanelTab';
import { selectTestRun } from '../simulator/selectors';
import { useCanvasMarks } from '../simulator/useCanvasMarks';
import { useSimulator } from '../simulator/useSimulator';
import { useSimulatorStore } from '../simulator/useSimulatorStore';
import { CoverageSummary } from './CoverageSummary';
import { ExpectationDiff } from './ExpectationDiff';
import { ExpectationList } from './ExpectationList';
import './tests.css';

/**
 * The Tests tab: the flow's test cases, Run all (pure and synchronous, so a 50-case flow runs in
 * milliseconds), a diff for each failure, and the handover outcomes no case reaches.
 */
export function TestsTab() {
  const editor = useEditorStore();
  const simulator = useSimulatorStore();
  useCanvasMarks();
  const flow = useEditor(selectFlow);
  const testRun = useSimulator(selectTestRun);
  const stale = testRun !== null && testRun.flow !== flow;
  const resultOf = useMemo(() => new Map((testRun?.results ?? []).map((r) => [r.id, r])), [testRun]);
  const passed = testRun?.results.filter((r) => r.pass).length ?? 0;
  const failed = (testRun?.results.length ?? 0) - passed;
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpened((set) => (set.has(id) ? new Set([...set].filter((x) => x !== id)) : new Set([...set, id])));

  function open(testCase: TestCase, result: TestCaseResult | undefined) {
    simulator.openTestCase(flow, testCase, result);
    openPanelTab('simulator');
  }

  return (
    <div className="tests">
      <div className="tests-toolbar">
        <button type="button" className="btn btn-primary btn-sm" disabled={flow.tests.length === 0} onClick={() => simulator.runAll(flow)}>
          Run all
        </button>
        <p className="tests-summary" role="status">
          {!testRun
            ? `${plural(flow.tests.length, 'test case')}. Run all to check them and see coverage.`
            : `${passed} passed, ${failed} failed in ${testRun.ms < 1 ? '<1' : Math.round(testRun.ms)} ms${stale ? ' · the flow has changed since: Run all again' : ''}`}
        </p>
      </div>
      <div className="tests-body">
        <ul className="tests-list" aria-label="Test cases">
          {flow.tests.length === 0 && <li className="tests-empty">No test cases yet. Simulate a conversation and use “Save as test case”.</li>}
          {flow.tests.map((t) => {
            const result = resultOf.get(t.id);
            const status = !result ? 'Not run' : result.pass ? 'Passed' : 'Failed';
            return (
              <li key={t.id} className={`tests-case tests-case-${status === 'Not run' ? 'idle' : status.toLowerCase()}`}>
                <div className="tests-case-row">
                  <span role="status" aria-label={`${t.name}: ${status}`} className="tests-status">
                    {status}
                  </span>
                  <button type="button" className="tests-name" title="Open in the simulator" onClick={() => open(t, result)}>
                    {t.name}
                  </button>
                  <span className="tests-meta">{plural(t.events.length, 'input')}</span>
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm tests-exp-toggle"
                    aria-expanded={opened.has(t.id)}
                    aria-label={`${plural(t.expect.length, 'expectation')} of “${t.name}”`}
                    onClick={() => toggle(t.id)}
                  >
                    {plural(t.expect.length, 'expectation')} {opened.has(t.id) ? '▴' : '▾'}
                  </button>
                  <button type="button" className="btn btn-ghost btn-sm" aria-label={`Remove test case ${t.name}`} onClick={() => editor.run(removeTestCase, { id: t.id })}>
                    Remove
                  </button>
                </div>
                {opened.has(t.id) && <ExpectationList testCase={t} />}
                {result && !result.pass && <ExpectationDiff result={result} expectations={t.expect} />}
              </li>
            );
          })}
        </ul>
        {testRun && <CoverageSummary flow={testRun.flow} coverage={testRun.coverage} />}
      </div>
    </div>
  );
}
