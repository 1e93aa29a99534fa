import { describe, expect, it } from 'vitest';
import { validateFlow } from '../../src/rules/validateFlow';
import { spokenSeconds } from '../../src/rules/rules/voiceQueue';
import { runRuleCases } from './runRuleCases';
import { lateOffer, voiceQueueCases, voiceQueueFlow } from './voiceQueueCases';

describe('a call waiting in a Twilio queue', () => {
  it('a well-made queue has no findings: no destination number, no Busy port asked for', () => {
    expect(validateFlow(voiceQueueFlow())).toEqual([]);
  });

  it('the waiting rules apply to it, with the longest wait as its timeout and No answer as its port', () => {
    const found = validateFlow(lateOffer()).filter((d) => d.code === 'waiting.after_timeout');
    expect(found.map((d) => d.path)).toEqual(['/nodes/4/data/destination/waiting/offerCallbackAfterMinutes']);
  });

  it('context on a queued call is flagged as not carried, with the queue as the reason (no SIP headers, no whisper)', () => {
    const flow = voiceQueueFlow();
    const h = flow.nodes[4];
    if (h.type !== 'handover') throw new Error('fixture');
    h.data.context = { summaryVariable: 'summary', sampleSummary: 'Refund', transcriptMessages: 10, variables: [], includeTags: true, note: 'VIP', warmTransfer: true };
    const found = validateFlow(flow).filter((d) => d.code.startsWith('context.'));
    expect(found.map((d) => d.code)).toEqual(['context.not_carried']);
    expect(found[0].message).toMatch(/Twilio queue \(<Enqueue>\) takes nothing along/);
  });

  it('estimates speech at about 150 words a minute', () => {
    expect(spokenSeconds('You are caller 3; the wait is about 4 minutes.')).toBe(4);
    expect(spokenSeconds('word '.repeat(75))).toBe(30);
  });

  runRuleCases(voiceQueueCases);
});
