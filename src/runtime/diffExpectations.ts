import type { Expectation } from '../schema';
import type { Effect } from './effects';
import { effectMatches } from './checkExpectations';

/** One row of the expected-vs-actual diff of a test case. */
export type DiffRow =
  | { kind: 'match'; index: number; expectation: Expectation; effect: Effect }
  | { kind: 'missing'; index: number; expectation: Expectation }
  | { kind: 'forbidden'; index: number; expectation: Expectation; effect: Effect }
  | { kind: 'extra'; effect: Effect };

/**
 * Lines the expectations up against the effect log as checkExpectations reads them (in order,
 * each after the previous match; `absent` ones anywhere): matched pairs, expected effects that never
 * came (placed where they were due), forbidden ones that came, and the other effects in between.
 */
export function diffExpectations(log: readonly Effect[], expectations: readonly Expectation[]): DiffRow[] {
  const matchedAt = new Map<number, number>();
  const missingAfter = new Map<number, number[]>();
  let cursor = 0;
  expectations.forEach((expectation, index) => {
    if (expectation.absent) return;
    const found = log.findIndex((effect, i) => i >= cursor && effectMatches(effect, expectation));
    if (found >= 0) {
      matchedAt.set(found, index);
      cursor = found + 1;
    } else {
      missingAfter.set(cursor, [...(missingAfter.get(cursor) ?? []), index]);
    }
  });
  const rows: DiffRow[] = [];
  const pushMissing = (at: number) => {
    for (const index of missingAfter.get(at) ?? []) rows.push({ kind: 'missing', index, expectation: expectations[index] });
  };
  log.forEach((effect, i) => {
    pushMissing(i);
    const index = matchedAt.get(i);
    if (index !== undefined) rows.push({ kind: 'match', index, expectation: expectations[index], effect });
    else rows.push({ kind: 'extra', effect });
  });
  pushMissing(log.length);
  expectations.forEach((expectation, index) => {
    if (!expectation.absent) return;
    const hit = log.find((effect) => effectMatches(effect, expectation));
    if (hit) rows.push({ kind: 'forbidden', index, expectation, effect: hit });
  });
  return rows;
}
