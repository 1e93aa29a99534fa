import { describe, expect, it } from 'vitest';
import { handoverPortsOf, type InputEvent } from '../../src/schema';
import { runScript, type Effect } from '../../src/runtime';
import { makeFlow } from './flowFixture';

const MINUTE = 60_000;
const QUEUE = { kind: 'voice', queue: { name: 'support', maxWaitMinutes: 10 } };
const WAITING = { everyMinutes: 2, message: 'You are caller {{queue_position}}. Wait: {{estimated_wait}}.', offerCallbackAfterMinutes: 4, callbackOffer: 'Press 1 to be called back.' };
const PORTS = ['transferred', 'no_answer', 'rejected', 'callback', 'abandoned'];

/** Human requested → a voice handover waiting in a Twilio queue; each port tagged with its name. */
function queueFlow(destination: Record<string, unknown>, wanted = PORTS) {
  // The Callback port is there only with an offer.
  const wired = wanted.filter((p) => p !== 'callback' || destination.waiting !== undefined);
  return makeFlow({
    channels: ['phone_voice'],
    nodes: [['ask', 'trigger_human_requested'], ['h', 'handover', { destination }], ...wired.map((p) => [`on_${p}`, 'add_tag', { tag: p }] as [string, 'add_tag', { tag: string }])],
    edges: [['ask', 'next', 'h'], ...wired.map((p) => ['h', p, `on_${p}`] as [string, string, string])],
  });
}

function play(flow: ReturnType<typeof makeFlow>, scene: Record<string, unknown>, events: InputEvent[] = []) {
  const result = runScript(flow, { channel: 'phone_voice', ...scene }, [{ type: 'user_message', text: 'I want to talk to a human' }, ...events]);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
  return result;
}

const tags = (log: readonly Effect[]) => log.filter((e) => e.type === 'tag_added').map((e) => (e.type === 'tag_added' ? e.tag : ''));
const of = <T extends Effect['type']>(log: readonly Effect[], type: T) => log.filter((e): e is Extract<Effect, { type: T }> => e.type === type);

describe('voice handover waiting in a Twilio queue (<Enqueue>)', () => {
  it('has Transferred, No answer, Rejected, User left and, with an offer, Callback; never Busy', () => {
    expect(handoverPortsOf({ ...QUEUE, to: '', attributes: [], timeoutSeconds: 30, queue: { name: 'q', maxWaitMinutes: 10, callbackDigit: '1', holdMusicUrl: '' } } as never)).toEqual(['transferred', 'no_answer', 'rejected', 'abandoned']);
    const flow = queueFlow({ ...QUEUE, waiting: WAITING });
    const h = flow.nodes.find((n) => n.id === 'h')!;
    expect(h.type === 'handover' && handoverPortsOf(h.data.destination)).toEqual(['transferred', 'no_answer', 'rejected', 'callback', 'abandoned']);
  });

  it('redirects the call to <Enqueue> with the wait and action URLs, and waits pending', () => {
    const { log, state } = play(queueFlow(QUEUE, ['transferred', 'no_answer', 'rejected', 'abandoned']), {});
    const handover = of(log, 'handover')[0];
    expect(handover.request).toMatchObject({ provider: 'twilio', target: 'queue' });
    expect(handover.request.provider === 'twilio' && handover.request.body.Twiml).toBe(
      '<Response><Enqueue waitUrl="{{queue_wait_url}}" waitUrlMethod="POST" action="{{queue_action_url}}" method="POST">support</Enqueue></Response>',
    );
    expect(state.handover).toMatchObject({ destination: 'voice', phase: 'queued' });
    expect(state.owner).toBe('human');
  });

  it('the wait URL (queue_update) answers with the waiting message filled from QueuePosition and AvgQueueTime, then the offer as a <Gather>', () => {
    const { log } = play(queueFlow({ ...QUEUE, waiting: WAITING }), {}, [
      { type: 'queue_update', position: 3, waitMinutes: 6 },
      { type: 'advance', ms: 2 * MINUTE },
      { type: 'queue_update', position: 2, waitMinutes: 5 },
      { type: 'advance', ms: 2 * MINUTE },
      { type: 'queue_update', position: 2, waitMinutes: 4 },
    ]);
    const answers = of(log, 'wait_twiml');
    expect(answers).toHaveLength(3);
    // At the start: nothing said yet (the first message is due after everyMinutes), a pause until then.
    expect(answers[0]).toMatchObject({ said: [], leaving: false, twiml: '<Response><Pause length="60"/></Response>' });
    expect(answers[1].said).toEqual(['You are caller 2. Wait: about 5 minutes.']);
    expect(answers[1].twiml).toBe('<Response><Say>You are caller 2. Wait: about 5 minutes.</Say><Pause length="60"/></Response>');
    expect(answers[2].said).toEqual(['You are caller 2. Wait: about 4 minutes.', 'Press 1 to be called back.']);
    expect(answers[2].twiml).toContain('<Gather input="dtmf speech" numDigits="1" timeout="5" action="{{queue_gather_url}}" method="POST" hints="call me back, callback"><Say>Press 1 to be called back.</Say></Gather>');
  });

  it('pressing the callback key leaves the queue (<Leave/>), and QueueResult leave takes the Callback port', () => {
    const { log, state } = play(queueFlow({ ...QUEUE, waiting: WAITING }), {}, [{ type: 'advance', ms: 4 * MINUTE }, { type: 'user_message', text: '1' }]);
    expect(of(log, 'callback_accepted')[0]).toMatchObject({ matched: '1' });
    expect(of(log, 'wait_twiml').at(-1)).toMatchObject({ twiml: '<Response><Leave/></Response>', leaving: true });
    // runScript feeds QueueResult leave, as Twilio reports after the <Leave/>.
    expect(of(log, 'handover_outcome').map((e) => e.port)).toEqual(['callback']);
    expect(tags(log)).toEqual(['callback']);
    expect(state.handover).toBeNull();
  });

  it('a key other than the callback key keeps the caller waiting', () => {
    const { log, state } = play(queueFlow({ ...QUEUE, waiting: WAITING }), {}, [{ type: 'advance', ms: 4 * MINUTE }, { type: 'user_message', text: '7' }]);
    expect(of(log, 'callback_accepted')).toEqual([]);
    expect(state.handover).toMatchObject({ phase: 'queued' });
  });

  it('after the longest wait the wait URL answers <Leave/> and the flow goes on from No answer', () => {
    const { log } = play(queueFlow(QUEUE, ['transferred', 'no_answer', 'rejected', 'abandoned']), {}, [{ type: 'advance', ms: 10 * MINUTE }]);
    expect(of(log, 'handover_outcome')).toMatchObject([{ port: 'no_answer', outcome: 'no_answer', connected: true }]);
    expect(tags(log)).toEqual(['no_answer']);
  });

  it('with No answer unconnected the caller stays in the queue after the longest wait', () => {
    const { log, state } = play(queueFlow(QUEUE, ['transferred']), {}, [{ type: 'advance', ms: 15 * MINUTE }]);
    expect(of(log, 'handover_outcome')).toMatchObject([{ port: 'no_answer', connected: false }]);
    expect(state.handover).toMatchObject({ phase: 'queued' });
  });

  it('the scene\'s answer time rehearses an agent dequeuing the caller: Transferred', () => {
    const { log } = play(queueFlow(QUEUE), { queuePosition: 3, agentAnswersAfterMinutes: 3 }, [{ type: 'advance', ms: 5 * MINUTE }]);
    expect(tags(log)).toEqual(['transferred']);
  });

  it.each([
    ['bridged', 'transferred'],
    ['redirected-from-bridged', 'transferred'],
    ['hangup', 'abandoned'],
    ['leave', 'no_answer'],
    ['queue-full', 'rejected'],
    ['error', 'rejected'],
    ['system-error', 'rejected'],
    ['redirected', 'rejected'],
  ] as const)('QueueResult %s takes the %s port', (result, port) => {
    const { log } = play(queueFlow(QUEUE), {}, [{ type: 'queue_result', result }]);
    expect(of(log, 'handover_outcome').map((e) => e.port)).toEqual([port]);
    expect(tags(log)).toEqual([port]);
  });

  it('bridging-in-process changes nothing, and a QueueResult with no queue is ignored with a reason', () => {
    const { log, state } = play(queueFlow(QUEUE), {}, [{ type: 'queue_result', result: 'bridging-in-process' }]);
    expect(of(log, 'ignored').at(-1)?.reason).toMatch(/bridged follows/);
    expect(state.handover).toMatchObject({ phase: 'queued' });
    const none = runScript(queueFlow(QUEUE), { channel: 'phone_voice' }, [{ type: 'queue_result', result: 'bridged' }]);
    expect(none.ok && of(none.log, 'ignored').at(-1)?.reason).toBe('No call is waiting in a Twilio queue.');
  });

  it('queue-full with Rejected unconnected drops the call; a browser call is refused before it is queued', () => {
    const { log, state } = play(queueFlow(QUEUE, ['transferred']), {}, [{ type: 'queue_result', result: 'queue-full' }]);
    expect(of(log, 'call_dropped')).toHaveLength(1);
    expect(state.endedReason).toBe('call_dropped');
    const web = play(queueFlow(QUEUE), { channel: 'web_voice' });
    expect(of(web.log, 'handover_rejected')).toHaveLength(1);
    expect(tags(web.log)).toEqual(['rejected']);
  });
});

describe('the wait URL\'s TwiML (buildQueueWaitTwiml)', () => {
  it('plays the hold music between messages and escapes what it says; <Leave/> once the flow has decided', async () => {
    const { buildQueueWaitTwiml } = await import('../../src/runtime/providers/buildQueueWaitTwiml');
    const wait = { position: 2, reportedAt: 0, reportedWaitMs: null, answerAt: null, nextMessageAt: 2 * MINUTE, offerAt: null };
    const queue = { name: 'support', maxWaitMinutes: 10, callbackDigit: '1' as const, holdMusicUrl: 'https://example.com/hold.mp3?a=1&b=2' };
    const waiting = { everyMinutes: 2, message: 'You are <caller> #{{queue_position}} & {{name}}', offerCallbackAfterMinutes: null, callbackOffer: '', callbackPhrases: [] };
    const answer = buildQueueWaitTwiml({ queue, waiting, wait, since: 0, deadline: 10 * MINUTE, now: 2 * MINUTE, variables: { name: 'Ana' } });
    expect(answer.twiml).toBe('<Response><Say>You are &lt;caller&gt; #2 &amp; Ana</Say><Play>https://example.com/hold.mp3?a=1&amp;b=2</Play></Response>');
    expect(answer.wait.spokenAt).toBe(2 * MINUTE);
    expect(buildQueueWaitTwiml({ queue, waiting, wait: { ...wait, leaveBy: 'no_answer' }, since: 0, deadline: null, now: 3 * MINUTE, variables: {} })).toMatchObject({ twiml: '<Response><Leave/></Response>', leaving: true });
  });
});
