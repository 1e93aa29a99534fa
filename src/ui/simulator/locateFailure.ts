import type { Expectation } from '../../schema';
import type { TestCaseResult } from '../../runtime';
import { effectMatches } from '../../runtime/checkExpectations';
import type { TimelineItem } from './timelineItem';

/**
 * Where a failing test case goes wrong, as a number of timeline items to reveal: just after the
 * last effect that met an expectation before the first failing one (so Step shows what happened
 * instead), or just before the effect an `absent` expectation forbids, or the runtime error.
 */
export function locateFailure(timeline: readonly TimelineItem[], expectations: readonly Expectation[], result: TestCaseResult): number {
  const failure = result.failures.reduce<TestCaseResult['failures'][number] | undefined>(
    (first, f) => (first === undefined || (f.index >= 0 && (first.index < 0 || f.index < first.index)) ? f : first),
    undefined,
  );
  if (!failure) return timeline.length;
  const positionOf = (test: (item: TimelineItem) => boolean) => timeline.findIndex(test);
  if (failure.index < 0) {
    const error = positionOf((item) => item.kind === 'effect' && item.effect.type === 'runtime_error');
    return error >= 0 ? error : timeline.length;
  }
  if (failure.expectation.absent) {
    const hit = positionOf((item) => item.kind === 'effect' && effectMatches(item.effect, failure.expectation));
    return hit >= 0 ? hit : timeline.length;
  }
  // Replay the in-order matching up to the failing expectation, as checkExpectations does.
  let cursor = -1;
  for (const expectation of expectations.slice(0, failure.index)) {
    if (expectation.absent) continue;
    const found = timeline.findIndex((item, i) => i > cursor && item.kind === 'effect' && effectMatches(item.effect, expectation));
    if (found < 0) break;
    cursor = found;
  }
  return cursor >= 0 ? cursor + 1 : Math.min(1, timeline.length);
}
