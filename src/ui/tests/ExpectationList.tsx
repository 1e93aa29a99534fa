import { useState } from 'react';
import type { Expectation, TestCase } from '../../schema';
import { effectLabel } from '../../runtime/expectationFields';
import { saveTestCase } from '../../editor/commands/saveTestCase';
import { useEditorStore } from '../store/useEditorStore';
import { formatClock } from '../simulator/formatClock';
import { ExpectationForm } from './ExpectationForm';

/** `Bot says: text = "Thank you!" · at T+00:00:01.5` — an expectation as a designer reads it. */
function ExpectationSummary({ expectation }: { expectation: Expectation }) {
  const fields = Object.entries(expectation.match);
  return (
    <span className="tests-exp-summary">
      {expectation.absent && <span className="tests-exp-absent">Never: </span>}
      <span className="tests-exp-effect">{effectLabel(expectation.effect)}</span>
      {fields.length === 0 && <span className="tests-exp-any"> (any)</span>}
      {fields.map(([path, value]) => (
        <span key={path} className="tests-exp-field">
          <span className="tests-exp-path">{path}</span> = <code>{JSON.stringify(value)}</code>
        </span>
      ))}
      {expectation.at !== undefined && <span className="tests-exp-at">at {formatClock(expectation.at)}</span>}
    </span>
  );
}

/** What "Add expectation" starts from: the commonest check, a message the bot says. */
const NEW_EXPECTATION: Expectation = { effect: 'bot_says', match: { text: '' }, absent: false };

/** The list with `item` at `position` (after taking out the one at `from`, when editing). */
function placed(list: readonly Expectation[], item: Expectation, position: number, from?: number): Expectation[] {
  const rest = from === undefined ? [...list] : list.filter((_, j) => j !== from);
  rest.splice(position, 0, item);
  return rest;
}

type Editing = { kind: 'edit'; index: number } | { kind: 'add' } | null;

/**
 * A test case's expectations, viewed and changed in place: edit one, add one, remove one. Every
 * change is one saveTestCase command, so one undo step; a refusal (an invalid value) is shown and
 * nothing is lost.
 */
export function ExpectationList({ testCase }: { testCase: TestCase }) {
  const editor = useEditorStore();
  const [editing, setEditing] = useState<Editing>(null);

  function commit(expect: Expectation[]): string | null {
    if (editor.run(saveTestCase, { testCase: { ...testCase, expect } })) {
      setEditing(null);
      return null;
    }
    return editor.getState().notice?.message ?? 'The expectation could not be saved.';
  }

  const name = `“${testCase.name}”`;
  return (
    <div className="tests-exp">
      <ol className="tests-exp-list" aria-label={`Expectations of ${name}`}>
        {testCase.expect.length === 0 && <li className="tests-empty">No expectations: the case passes whatever the flow does.</li>}
        {testCase.expect.map((x, i) =>
          editing?.kind === 'edit' && editing.index === i ? (
            <li key={i} className="tests-exp-item tests-exp-editing">
              <ExpectationForm
                label={`Edit expectation ${i + 1}`}
                initial={x}
                position={i}
                positions={testCase.expect.length}
                onSave={(changed, position) => commit(placed(testCase.expect, changed, position, i))}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={i} className="tests-exp-item">
              <span className="tests-exp-number" aria-hidden="true">
                {i + 1}
              </span>
              <ExpectationSummary expectation={x} />
              <button type="button" className="btn btn-ghost btn-sm" aria-label={`Edit expectation ${i + 1}: ${effectLabel(x.effect)}`} onClick={() => setEditing({ kind: 'edit', index: i })}>
                Edit
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                aria-label={`Remove expectation ${i + 1}: ${effectLabel(x.effect)}`}
                onClick={() => commit(testCase.expect.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ),
        )}
      </ol>
      {editing?.kind === 'add' ? (
        <ExpectationForm
          label="New expectation"
          initial={NEW_EXPECTATION}
          position={testCase.expect.length}
          positions={testCase.expect.length + 1}
          onSave={(added, position) => commit(placed(testCase.expect, added, position))}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="btn btn-sm tests-exp-add" onClick={() => setEditing({ kind: 'add' })}>
          Add expectation
        </button>
      )}
    </div>
  );
}
