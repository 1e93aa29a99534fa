import type { Expectation } from '../schema';
import { effectFacts } from './effectFacts';
import type { Effect } from './effects';

export interface ExpectationFailure {
  /** Position of the expectation in the test case's `expect` list. */
  index: number;
  expectation: Expectation;
  message: string;
}

/**
 * What an expectation's field names in an effect: one of its readable facts (`to`,
 * `sip.X-Customer-Id`, `department`, see effectFacts), else the value at a dot path into the raw
 * effect ("request.body.target_app_id", "headers.0.name"), else undefined.
 */
export function valueAt(effect: Effect, path: string): unknown {
  const facts = effectFacts(effect);
  if (path in facts) return facts[path];
  let current: unknown = effect;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** An array field matches when it contains the value (or an object in it has it as any field). */
function fieldMatches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) {
    return actual.some((item) => item === expected || (item && typeof item === 'object' && Object.values(item).includes(expected)));
  }
  return actual === expected;
}

/** The match fields this effect does not meet (all of them when the type differs). */
function mismatchedFields(effect: Effect, expectation: Expectation): string[] {
  return Object.entries(expectation.match)
    .filter(([path, expected]) => !fieldMatches(valueAt(effect, path), expected))
    .map(([path]) => path);
}

export function effectMatches(effect: Effect, expectation: Expectation): boolean {
  if (effect.type !== expectation.effect) return false;
  if (expectation.at !== undefined && effect.at !== expectation.at) return false;
  return mismatchedFields(effect, expectation).length === 0;
}

/** `bot_says text="Hi" at 1500 ms` — an expectation as people read it. */
export function describeExpectation(e: Expectation): string {
  const fields = Object.entries(e.match).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return [e.effect, ...fields, ...(e.at !== undefined ? [`at ${e.at} ms`] : [])].join(' ');
}

function describeNearest(log: readonly Effect[], e: Expectation, from: number): string {
  const sameType = log.slice(from).filter((effect) => effect.type === e.effect);
  if (sameType.length === 0) {
    const anywhere = log.filter((effect) => effect.type === e.effect).length;
    return anywhere > 0 ? ` (${anywhere} ${e.effect} effect(s) occur earlier, out of order)` : ` (no ${e.effect} effect at all)`;
  }
  // The one that comes closest (fewest fields off) says what changed: `where to="sip:desk@…"`.
  const first = sameType.reduce((best, effect) => (mismatchedFields(effect, e).length < mismatchedFields(best, e).length ? effect : best));
  const off = mismatchedFields(first, e).map((path) => `${path}=${JSON.stringify(valueAt(first, path)) ?? 'missing'}`);
  if (e.at !== undefined && first.at !== e.at) off.push(`at ${first.at} ms`);
  return ` (nearest: #${first.seq} at ${first.at} ms${off.length ? ', where ' + off.join(', ') : ''})`;
}

/**
 * Checks a log against a test case's expectations: those without `absent` must appear in the order
 * given (each after the previous match); `absent` ones must match no effect anywhere.
 */
export function checkExpectations(log: readonly Effect[], expectations: readonly Expectation[]): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  let cursor = 0;
  expectations.forEach((expectation, index) => {
    if (expectation.absent) {
      const hit = log.find((effect) => effectMatches(effect, expectation));
      if (hit) failures.push({ index, expectation, message: `Expected no ${describeExpectation(expectation)}, but effect #${hit.seq} at ${hit.at} ms is one.` });
      return;
    }
    const found = log.findIndex((effect, i) => i >= cursor && effectMatches(effect, expectation));
    if (found >= 0) {
      cursor = found + 1;
      return;
    }
    const after = cursor > 0 ? ` after effect #${log[cursor - 1].seq}` : '';
    failures.push({ index, expectation, message: `Expected ${describeExpectation(expectation)}${after}${describeNearest(log, expectation, cursor)}.` });
  });
  return failures;
}
