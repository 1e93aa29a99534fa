import type { Expectation } from '../../schema';
import { describeExpectation, type Effect, type TestCaseResult } from '../../runtime';
import { formatClock } from '../simulator/formatClock';
import { diffExpectations, type DiffRow } from './diffExpectations';

const SKIP = new Set(['seq', 'at', 'type', 'nodeId', 'request', 'headers']);

/** An effect in one line: `bot_says text="Thank you!"` (provider requests left out). */
function describeActual(effect: Effect): string {
  const fields = Object.entries(effect)
    .filter(([k]) => !SKIP.has(k))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return [effect.type, ...fields].join(' ');
}

const MARK: Record<DiffRow['kind'], string> = { match: '=', missing: '−', forbidden: '!', extra: ' ' };
const LABEL: Record<DiffRow['kind'], string> = { match: 'met', missing: 'expected, missing', forbidden: 'forbidden, present', extra: 'actual' };

/** Expected vs actual effects of a failing case, as a diff, with the runner's messages. */
export function ExpectationDiff({ result, expectations }: { result: TestCaseResult; expectations: readonly Expectation[] }) {
  const rows = diffExpectations(result.log, expectations);
  return (
    <div className="tests-diff">
      <ul className="tests-messages" aria-label={`Why “${result.name}” failed`}>
        {result.failures.map((f, i) => (
          <li key={i}>{f.message}</li>
        ))}
      </ul>
      {rows.length > 0 && (
        <ol className="tests-diff-rows" aria-label={`Expected vs actual effects of “${result.name}”`}>
          {rows.map((row, i) => (
            <li key={i} className={`tests-diff-row tests-diff-${row.kind}`}>
              <span className="tests-diff-mark" aria-hidden="true">
                {MARK[row.kind]}
              </span>
              <span className="visually-hidden">{LABEL[row.kind]}: </span>
              <code>{row.kind === 'missing' || row.kind === 'forbidden' ? describeExpectation(row.expectation) : describeActual(row.effect)}</code>
              {'effect' in row && <time className="tests-diff-time">{formatClock(row.effect.at)}</time>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
