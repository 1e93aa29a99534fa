import type { Expectation } from '../../schema';
import type { TestCaseResult } from '../../runtime';
import { describeExpectationDiff } from '../../runtime/describeDiffRow';
import { formatClock } from '../simulator/formatClock';

/** Expected vs actual effects of a failing case, as a diff (the lines `baton test` prints), with the runner's messages. */
export function ExpectationDiff({ result, expectations }: { result: TestCaseResult; expectations: readonly Expectation[] }) {
  const lines = describeExpectationDiff(result.log, expectations);
  return (
    <div className="tests-diff">
      <ul className="tests-messages" aria-label={`Why “${result.name}” failed`}>
        {result.failures.map((f, i) => (
          <li key={i}>{f.message}</li>
        ))}
      </ul>
      {lines.length > 0 && (
        <ol className="tests-diff-rows" aria-label={`Expected vs actual effects of “${result.name}”`}>
          {lines.map((line, i) => (
            <li key={i} className={`tests-diff-row tests-diff-${line.kind}`}>
              <span className="tests-diff-mark" aria-hidden="true">
                {line.mark}
              </span>
              <span className="visually-hidden">{line.label}: </span>
              <code>{line.text}</code>
              {line.at !== undefined && <time className="tests-diff-time">{formatClock(line.at)}</time>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
