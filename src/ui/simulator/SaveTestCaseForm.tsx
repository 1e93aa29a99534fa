import { useId, useState, type FormEvent } from 'react';
import { CHANNEL_LABELS, plural, type Expectation, type Flow } from '../../schema';
import { proposeExpectations } from '../../runtime';
import { kindOf, parseMatchValue, showMatchValue } from '../../runtime/expectationFields';
import { saveTestCase } from '../../editor/commands/saveTestCase';
import { createId } from '../../editor/createId';
import { useEditorStore } from '../store/useEditorStore';
import { formatClock } from './formatClock';
import type { Session } from './session';

type Scalar = Expectation['match'][string];

/** Reads an edited value back as its field's type (a number stays a number); unreadable text is kept as typed. */
function parseLike(effect: Expectation['effect'], field: string, original: Scalar, text: string): Scalar {
  const parsed = parseMatchValue(kindOf(effect, field, original), text);
  return parsed.ok ? parsed.value : text;
}

function defaultName(session: Session): string {
  const said = session.events.find((e) => e.type === 'user_message');
  return `${CHANNEL_LABELS[session.scene.channel]}: ${said && said.type === 'user_message' ? `“${said.text.slice(0, 60)}”` : 'simulated session'}`;
}

/**
 * "Save as test case": the session's scene and inputs, with expectations proposed from its
 * effect log; remove any and edit their match values, then save into flow.tests (undoable).
 */
export function SaveTestCaseForm({ flow, session, onDone }: { flow: Flow; session: Session; onDone(saved: string | null): void }) {
  const editor = useEditorStore();
  const id = useId();
  const [name, setName] = useState(() => defaultName(session));
  const [expect, setExpect] = useState<Expectation[]>(() => proposeExpectations(session.runtime.log));
  const [error, setError] = useState<string | null>(null);

  const edit = (i: number, field: string, text: string) =>
    setExpect((list) => list.map((e, j) => (j === i ? { ...e, match: { ...e.match, [field]: parseLike(e.effect, field, e.match[field], text) } } : e)));

  function save(e: FormEvent) {
    e.preventDefault();
    const testCase = {
      id: createId('test', new Set(flow.tests.map((t) => t.id)), undefined),
      name: name.trim(),
      scene: session.scene,
      events: session.events,
      expect,
    };
    if (!testCase.name) return setError('Give the test case a name.');
    if (!editor.run(saveTestCase, { testCase })) return setError(editor.getState().notice?.message ?? 'The test case could not be saved.');
    onDone(testCase.name);
  }

  return (
    <form className="sim-save" aria-label="Save as test case" onSubmit={save}>
      <div className="sim-row">
        <label htmlFor={`${id}-name`} className="sim-label">
          Test case name
        </label>
        <input id={`${id}-name`} className="sim-save-name" value={name} onChange={(e) => setName(e.target.value)} />
        <span className="sim-muted">
          {plural(session.events.length, 'input')} · {plural(expect.length, 'expectation')}
        </span>
        <span className="sim-spacer" />
        <button type="button" className="btn btn-sm" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary btn-sm">
          Save test case
        </button>
      </div>
      {error && (
        <p className="sim-error-text" role="alert">
          {error}
        </p>
      )}
      <ol className="sim-expectations" aria-label="Expectations">
        {expect.map((x, i) => (
          <li key={i} className="sim-expectation">
            <code className="sim-effect">{x.effect}</code>
            {Object.entries(x.match).map(([field, value]) => (
              <label key={field} className="sim-match">
                <span>{field}</span>
                <input aria-label={`Expectation ${i + 1} ${x.effect} ${field}`} value={showMatchValue(value)} onChange={(e) => edit(i, field, e.target.value)} />
              </label>
            ))}
            {x.at !== undefined && <span className="sim-muted">at {formatClock(x.at)}</span>}
            <span className="sim-spacer" />
            <button type="button" className="btn btn-ghost btn-sm" aria-label={`Remove expectation ${i + 1}: ${x.effect}`} onClick={() => setExpect((list) => list.filter((_, j) => j !== i))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
    </form>
  );
}
