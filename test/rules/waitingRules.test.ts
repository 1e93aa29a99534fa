import { describe, expect, it } from 'vitest';
import { validateFlow } from '../../src/rules/validateFlow';
import { runRuleCases } from './runRuleCases';
import { waitingCases, waitingFlow } from './waitingCases';

describe('waiting in the queue', () => {
  it('a well-made waiting experience has no findings', () => {
    expect(validateFlow(waitingFlow({ offerCallbackAfterMinutes: 6 }, { timeout: 20, wire: ['timeout', 'callback', 'abandoned_task'] }))).toEqual([]);
  });
  it('the callback offer after the queue timeout is flagged at its own field', () => {
    const found = validateFlow(waitingFlow({ offerCallbackAfterMinutes: 15 }, { wire: ['timeout', 'callback'] })).filter((d) => d.code === 'waiting.after_timeout');
    expect(found.map((d) => d.path)).toEqual(['/nodes/3/data/destination/waiting/offerCallbackAfterMinutes']);
  });
  runRuleCases(waitingCases);
});
