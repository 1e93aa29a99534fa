import type { FlowDiff } from '../../storage/diffFlows';
import { describeFlowDiff } from '../../storage/describeFlowDiff';

/** A flow diff as a readable list ("Pause p1: seconds 1 → 1.5"), or a note that nothing differs. */
export function DiffList({ diff, label }: { diff: FlowDiff; label: string }) {
  const lines = describeFlowDiff(diff);
  if (!lines.length) return <p className="library-muted">{label}: no differences.</p>;
  return (
    <ul className="library-diff" aria-label={label}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
