import { useId, useState, type FormEvent } from 'react';
import { EFFECT_TYPES, type EffectType, type Expectation } from '../../schema';
import { effectLabel, fieldsOf, kindOf, parseMatchValue, showMatchValue } from '../../runtime/expectationFields';

/** One field matcher as the form edits it: the field's name and the value as typed. */
interface MatcherRow {
  key: number;
  path: string;
  text: string;
  /** The field is a free path (`sip.X-Customer-Id`, `request.body.Twiml`), typed in, not chosen. */
  other: boolean;
}

const OTHER = '__other__';

let nextKey = 0;
const rowsOf = (e: Expectation): MatcherRow[] =>
  Object.entries(e.match).map(([path, value]) => ({
    key: nextKey++,
    path,
    text: showMatchValue(value),
    other: !fieldsOf(e.effect).some((f) => f.path === path),
  }));

/** The form's rows read back as a `match`, or the first problem, naming the field. */
function readMatch(effect: EffectType, rows: readonly MatcherRow[], before: Expectation['match']): { match: Expectation['match'] } | { error: string } {
  const match: Expectation['match'] = {};
  for (const row of rows) {
    const path = row.path.trim();
    if (!path) return { error: 'Name the field each matcher checks, or remove the matcher.' };
    if (path in match) return { error: `The field “${path}” is matched twice; keep one.` };
    const parsed = parseMatchValue(kindOf(effect, path, before[path]), row.text);
    if (!parsed.ok) return { error: `${path}: ${parsed.message}` };
    match[path] = parsed.value;
  }
  return { match };
}

/**
 * Adds or edits one expectation of a test case without JSON: the effect type, whether it must not
 * happen, an optional exact time, and field matchers (a field from the effect's catalogue, or any
 * path, and the value it must have). Saving hands the expectation back; the caller makes it one
 * undo step.
 */
export function ExpectationForm({
  label,
  initial,
  position: initialPosition,
  positions,
  onSave,
  onCancel,
}: {
  label: string;
  initial: Expectation;
  /** 0-based place in the case's list; expectations without "must not happen" are met in order. */
  position: number;
  positions: number;
  onSave(expectation: Expectation, position: number): string | null;
  onCancel(): void;
}) {
  const id = useId();
  const [effect, setEffect] = useState<EffectType>(initial.effect);
  const [absent, setAbsent] = useState(initial.absent);
  const [at, setAt] = useState(initial.at === undefined ? '' : String(initial.at));
  const [position, setPosition] = useState(initialPosition);
  const [rows, setRows] = useState<MatcherRow[]>(() => rowsOf(initial));
  const [error, setError] = useState<string | null>(null);
  const catalogue = fieldsOf(effect);

  const setRow = (key: number, change: Partial<MatcherRow>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));
  function addRow() {
    const unused = catalogue.find((f) => !rows.some((r) => r.path === f.path));
    setRows((list) => [...list, { key: nextKey++, path: unused?.path ?? '', text: '', other: !unused }]);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const read = readMatch(effect, rows, effect === initial.effect ? initial.match : {});
    if ('error' in read) return setError(read.error);
    let time: number | undefined;
    if (at.trim() !== '') {
      time = Number(at);
      if (!Number.isInteger(time) || time < 0) return setError(`At: “${at}” is not a time in whole milliseconds (0 or more).`);
    }
    const refused = onSave({ effect, match: read.match, absent, ...(time !== undefined ? { at: time } : {}) }, position);
    setError(refused);
  }

  return (
    <form className="tests-form" aria-label={label} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div className="tests-form-row">
        <label className="tests-form-field">
          <span>Effect</span>
          <select value={effect} onChange={(e) => setEffect(e.target.value as EffectType)}>
            {EFFECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {effectLabel(type)} ({type})
              </option>
            ))}
          </select>
        </label>
        <label className="tests-form-check">
          <input type="checkbox" checked={absent} onChange={(e) => setAbsent(e.target.checked)} />
          Must not happen
        </label>
        <label className="tests-form-field">
          <span>Position</span>
          <select value={position} onChange={(e) => setPosition(Number(e.target.value))}>
            {Array.from({ length: positions }, (_, i) => (
              <option key={i} value={i}>
                {i + 1} of {positions}
              </option>
            ))}
          </select>
        </label>
        <label className="tests-form-field">
          <span>At (ms)</span>
          <input className="tests-form-at" inputMode="numeric" placeholder="any time" value={at} onChange={(e) => setAt(e.target.value)} />
        </label>
      </div>
      <ul className="tests-matchers" aria-label="Field matchers">
        {rows.map((row, i) => {
          const choice = row.other ? OTHER : row.path;
          const kind = kindOf(effect, row.path.trim(), initial.match[row.path.trim()]);
          return (
            <li key={row.key} className="tests-matcher">
              <select
                aria-label={`Field ${i + 1}`}
                value={choice}
                onChange={(e) => setRow(row.key, e.target.value === OTHER ? { other: true, path: '' } : { other: false, path: e.target.value })}
              >
                {catalogue.map((f) => (
                  <option key={f.path} value={f.path}>
                    {f.label}
                  </option>
                ))}
                <option value={OTHER}>Other field (path)…</option>
              </select>
              {row.other && (
                <input
                  aria-label={`Field ${i + 1} path`}
                  className="tests-matcher-path"
                  placeholder="sip.X-Customer-Id"
                  value={row.path}
                  onChange={(e) => setRow(row.key, { path: e.target.value })}
                />
              )}
              <span aria-hidden="true">=</span>
              {kind === 'boolean' ? (
                <select aria-label={`Value of field ${i + 1}`} value={row.text} onChange={(e) => setRow(row.key, { text: e.target.value })}>
                  <option value="">Choose…</option>
                  <option value="true">true</option>
                  <option value="false">false</option>
                </select>
              ) : (
                <input
                  aria-label={`Value of field ${i + 1}`}
                  className="tests-matcher-value"
                  inputMode={kind === 'number' ? 'decimal' : undefined}
                  placeholder={kind === 'text or none' ? 'empty = none' : undefined}
                  value={row.text}
                  onChange={(e) => setRow(row.key, { text: e.target.value })}
                />
              )}
              <button type="button" className="btn btn-ghost btn-sm" aria-label={`Remove field ${i + 1}`} onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="tests-form-error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="tests-form-row">
        <button type="button" className="btn btn-sm" onClick={addRow}>
          Add field
        </button>
        <span className="tests-spacer" />
        <button type="button" className="btn btn-sm" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary btn-sm">
          Save expectation
        </button>
      </div>
    </form>
  );
}
