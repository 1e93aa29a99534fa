import type { Expectation } from '../schema';
import { describeExpectation } from './checkExpectations';
import { diffExpectations, type DiffRow } from './diffExpectations';
import { effectFacts } from './effectFacts';
import type { Effect } from './effects';

/**
 * An effect in one line by its readable facts: `handover destination="voice" to="sip:desk@…"
 * sip.X-Customer-Id="12345"` (whole provider requests left out; the JSON format has them).
 */
export function describeActual(effect: Effect): string {
  const fields = Object.entries(effectFacts(effect)).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  if (effect.type === 'headers_dropped') fields.push(`headers=${JSON.stringify(effect.headers.map((h) => h.name))}`);
  return [effect.type, ...fields].join(' ');
}

export interface DiffLine {
  kind: DiffRow['kind'];
  /** `=` met, `−` expected but missing, `!` forbidden but present, blank for other effects. */
  mark: string;
  /** The mark in words, for screen readers and for the CLI legend. */
  label: string;
  text: string;
  /** Virtual time of the effect in the log, when the row has one. */
  at?: number;
}

const MARK: Record<DiffRow['kind'], string> = { match: '=', missing: '−', forbidden: '!', extra: ' ' };
const LABEL: Record<DiffRow['kind'], string> = { match: 'met', missing: 'expected, missing', forbidden: 'forbidden, present', extra: 'actual' };

/** One diff row as both the Tests tab and `baton test` print it. */
export function describeDiffRow(row: DiffRow): DiffLine {
  const text = row.kind === 'missing' || row.kind === 'forbidden' ? describeExpectation(row.expectation) : describeActual(row.effect);
  return { kind: row.kind, mark: MARK[row.kind], label: LABEL[row.kind], text, ...('effect' in row ? { at: row.effect.at } : {}) };
}

/** The expected-vs-actual diff of a case as the lines under it, for the Tests tab and the CLI alike. */
export function describeExpectationDiff(log: readonly Effect[], expectations: readonly Expectation[]): DiffLine[] {
  return diffExpectations(log, expectations).map(describeDiffRow);
}
