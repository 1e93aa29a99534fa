import { useMemo } from 'react';
import type { Effect } from '../../runtime';
import { formatClock } from './formatClock';
import { describeOwnershipReason, OWNERSHIP_HINTS, OWNERSHIP_LABELS } from './ownershipLabels';
import { ownershipSegments, type OwnershipSegment } from './ownershipSegments';
import './ownershipLane.css';

function describeSegment(segment: OwnershipSegment): string {
  const since = segment.reason ? `, after: ${describeOwnershipReason(segment.reason)}` : '';
  return `${OWNERSHIP_LABELS[segment.owner]} (${OWNERSHIP_HINTS[segment.owner]}) from ${formatClock(segment.from)} to ${formatClock(segment.to)}${since}`;
}

/**
 * Who owned the conversation over time: a horizontal band of bot / pending / person / standby
 * stretches against the virtual clock, each a focusable list item named in words, and the same
 * stretches as a table for reading row by row.
 */
export function OwnershipLane({ effects, now }: { effects: readonly Effect[]; now: number }) {
  const segments = useMemo(() => ownershipSegments(effects, now), [effects, now]);
  const span = Math.max(now, 1);
  const current = segments[segments.length - 1];
  return (
    <section className="own-lane" aria-labelledby="own-lane-heading">
      <div className="own-lane-head">
        <h3 className="panel-heading" id="own-lane-heading">
          Ownership
        </h3>
        <p className="own-lane-now" role="status" title={OWNERSHIP_HINTS[current.owner]}>
          Now: <strong>{OWNERSHIP_LABELS[current.owner]}</strong>
          <span className="visually-hidden"> — {OWNERSHIP_HINTS[current.owner]}</span>
        </p>
        <span className="own-lane-span" aria-hidden="true">
          {formatClock(0)} → {formatClock(now)}
        </span>
      </div>
      <ol className="own-band" aria-label="Ownership lane">
        {segments.map((segment, i) => (
          <li
            key={i}
            tabIndex={0}
            className={`own-seg own-${segment.owner}`}
            style={{ flexGrow: Math.max(segment.to - segment.from, 0) / span, flexBasis: 0 }}
            aria-label={describeSegment(segment)}
            title={describeSegment(segment)}
          >
            <span aria-hidden="true">{OWNERSHIP_LABELS[segment.owner]}</span>
          </li>
        ))}
      </ol>
      <details className="own-details">
        <summary>Ownership as a table</summary>
        <table className="own-table">
          <caption className="visually-hidden">Who owned the conversation, from when to when, and what moved it</caption>
          <thead>
            <tr>
              <th scope="col">Owner</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Moved by</th>
            </tr>
          </thead>
          <tbody>
            {segments.map((segment, i) => (
              <tr key={i}>
                <th scope="row">{OWNERSHIP_LABELS[segment.owner]}</th>
                <td>{formatClock(segment.from)}</td>
                <td>{i === segments.length - 1 ? `${formatClock(segment.to)} (now)` : formatClock(segment.to)}</td>
                <td>{segment.reason ? describeOwnershipReason(segment.reason) : 'conversation started'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
