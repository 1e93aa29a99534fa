import { describe, expect, it } from 'vitest';
import type { InputEvent } from '../../src/schema';
import { formatEstimatedWait, queueStatusAt } from '../../src/runtime/handover/queueWait';
import type { Effect } from '../../src/runtime';
import { makeFlow, mustRun, summarize as summarizeAll } from './flowFixture';

// Ownership changes are the ownership feature's to pin; these tests follow the queue.
const summarize = (log: readonly Effect[]) => summarizeAll(log.filter((e) => (e.type as string) !== 'ownership_changed'));

const MINUTE = 60_000;
const PORTS = ['transferred', 'timeout', 'callback', 'abandoned'];

/** Knowledge gap → a live chat handover with waiting messages; each port tagged with its name. */
function waitingFlow(waiting: Record<string, unknown> | undefined, queueTimeoutMinutes = 30, wired = PORTS) {
  // The Callback port is there only with an offer, User left only with waiting on.
  const ports = wired.filter((p) => (p === 'callback' ? waiting?.offerCallbackAfterMinutes !== undefined : p === 'abandoned' ? waiting !== undefined : true));
  return makeFlow({
    nodes: [
      ['gap', 'trigger_knowledge_gap'],
      ['h', 'handover', { destination: { kind: 'live_chat', queueTimeoutMinutes, ...(waiting ? { waiting } : {}) } }],
      ...ports.map((p) => [`on_${p}`, 'add_tag', { tag: p }] as [string, 'add_tag', { tag: string }]),
    ],
    edges: [['gap', 'next', 'h'], ...ports.map((p) => ['h', p, `on_${p}`] as [string, string, string])],
  });
}

function play(flow: ReturnType<typeof makeFlow>, scene: Record<string, unknown>, events: InputEvent[]) {
  const rt = mustRun(flow);
  rt.start(scene);
  rt.dispatch({ type: 'ai_no_answer' });
  events.forEach((e) => rt.dispatch(e));
  return rt;
}

const queueLines = (rt: ReturnType<typeof play>) =>
  rt.log.filter((e) => e.type === 'waiting_message' || e.type === 'callback_offered').map((e) => `${e.at / MINUTE} ${'text' in e ? e.text : ''}`);

describe('waiting in the queue', () => {
  it('says the position and estimated wait every few minutes as the line moves toward a rehearsed answer time', () => {
    const rt = play(waitingFlow({ everyMinutes: 2, message: '#{{queue_position}}, {{estimated_wait}}' }), { queuePosition: 4, agentAnswersAfterMinutes: 8 }, [{ type: 'advance', ms: 10 * MINUTE }]);
    expect(queueLines(rt)).toEqual(['2 #3, about 6 minutes', '4 #2, about 4 minutes', '6 #1, about 2 minutes']);
    // The agent answers at 8 minutes, before the message due then: no "#1, less than a minute".
    const joined = rt.log.find((e) => e.type === 'agent_joined');
    expect(joined?.at).toBe(8 * MINUTE);
    expect(summarize(rt.log.filter((e) => e.at === 8 * MINUTE))).toEqual(['agent_joined staffId=null', 'handover_outcome port=transferred', 'tag_added tag=transferred']);
    expect(rt.state.bot).toBe('with_human');
  });

  it('keeps a reported position and estimate (queue_update) and counts the estimate down', () => {
    const rt = play(waitingFlow({ everyMinutes: 3, message: '{{queue_position}} / {{estimated_wait}}' }), {}, [
      { type: 'queue_update', position: 5, waitMinutes: 12 },
      { type: 'advance', ms: 7 * MINUTE },
    ]);
    expect(queueLines(rt)).toEqual(['3 5 / about 9 minutes', '6 5 / about 6 minutes']);
    const message = rt.log.find((e) => e.type === 'waiting_message');
    expect(message).toMatchObject({ position: 5, estimatedWaitMinutes: 9, nodeId: 'h' });
  });

  it('says the estimate is not known when nothing reported one', () => {
    const rt = play(waitingFlow({ everyMinutes: 1 }), {}, [{ type: 'advance', ms: MINUTE }]);
    expect(queueLines(rt)).toEqual(['1 You are number 1 in the queue. The estimated wait is not known yet.']);
  });

  it('stays silent without waiting settings (old flows) and has no Callback or User left port', () => {
    const rt = play(waitingFlow(undefined, 30, ['transferred', 'timeout']), { queuePosition: 3 }, [{ type: 'advance', ms: 20 * MINUTE }]);
    expect(queueLines(rt)).toEqual([]);
  });

  it('offers a callback after the set wait; the reply leaves the queue by the Callback port', () => {
    const rt = play(waitingFlow({ everyMinutes: 5, offerCallbackAfterMinutes: 5, callbackOffer: 'Reply CALL ME BACK' }), { queuePosition: 2 }, [
      { type: 'user_message', text: 'call me back please' },
      { type: 'advance', ms: 5 * MINUTE },
    ]);
    // Before the offer the reply is not taken as accepting it.
    expect(rt.log.find((e) => e.type === 'ignored')).toMatchObject({ event: 'user_message' });
    // On a tie the offer comes before the waiting message.
    expect(queueLines(rt)).toEqual(['5 Reply CALL ME BACK', '5 You are number 2 in the queue. The estimated wait is not known yet.']);
    const after = rt.dispatch({ type: 'user_message', text: 'OK, Call me back please' });
    expect(summarize(after)).toEqual(['callback_accepted', 'handover_outcome port=callback', 'tag_added tag=callback']);
    expect(after[0]).toMatchObject({ matched: 'call me back' });
    expect(rt.state).toMatchObject({ handover: null, owner: 'bot', inbox: { queue: null } });
    // The queue's timers are gone with it.
    expect(rt.dispatch({ type: 'advance', ms: 60 * MINUTE }).filter((e) => e.type === 'waiting_message')).toEqual([]);
  });

  it('keeps the user queued when the Callback port is not connected', () => {
    const rt = play(waitingFlow({ offerCallbackAfterMinutes: 1 }, 30, ['transferred']), {}, [{ type: 'advance', ms: MINUTE }]);
    const after = rt.dispatch({ type: 'user_message', text: 'callback' });
    expect(summarize(after)).toEqual(['callback_accepted', 'handover_outcome port=callback']);
    expect(after[1]).toMatchObject({ connected: false });
    expect(rt.state.handover?.phase).toBe('queued');
  });

  it('the user giving up is queue_abandoned, then the User left port, then the end', () => {
    const rt = play(waitingFlow({ everyMinutes: 2 }), { queuePosition: 6, agentAnswersAfterMinutes: 12 }, [{ type: 'advance', ms: 4 * MINUTE }]);
    const left = rt.dispatch({ type: 'user_left' });
    expect(summarize(left)).toEqual(['queue_abandoned', 'handover_outcome port=abandoned', 'tag_added tag=abandoned', 'conversation_ended reason=The user left.']);
    expect(left[0]).toMatchObject({ waitedMs: 4 * MINUTE, position: 4 });
    expect(rt.state).toMatchObject({ bot: 'ended', handover: null });
  });

  it('without waiting on, user_left while queued still says queue_abandoned, then ends', () => {
    const rt = play(waitingFlow(undefined, 30, ['transferred']), {}, [{ type: 'advance', ms: MINUTE }]);
    expect(summarize(rt.dispatch({ type: 'user_left' }))).toEqual(['queue_abandoned', 'conversation_ended reason=The user left.']);
  });

  it('the queue timeout wins a tie with a waiting message', () => {
    const rt = play(waitingFlow({ everyMinutes: 5 }, 10), {}, [{ type: 'advance', ms: 15 * MINUTE }]);
    expect(queueLines(rt)).toEqual(['5 You are number 1 in the queue. The estimated wait is not known yet.']);
    expect(rt.log.find((e) => e.type === 'handover_outcome')).toMatchObject({ port: 'timeout', at: 10 * MINUTE });
  });

  it('queue_update with nobody waiting is ignored with a reason', () => {
    const rt = mustRun(waitingFlow({}));
    rt.start({});
    expect(rt.dispatch({ type: 'queue_update', position: 2 })).toMatchObject([{ type: 'ignored', reason: 'No conversation is waiting in a queue.' }]);
  });
});

describe('queue status', () => {
  it('marches the position evenly to 1 and formats estimates', () => {
    const wait = { position: 10, reportedAt: 0, reportedWaitMs: null, answerAt: 10 * MINUTE, nextMessageAt: null, offerAt: null };
    expect([0, 1, 5, 9.5, 10, 11].map((m) => queueStatusAt(wait, m * MINUTE).position)).toEqual([10, 9, 5, 1, 1, 1]);
    expect([null, 30_000, MINUTE, 61_000, 5 * MINUTE, 180 * MINUTE].map(formatEstimatedWait)).toEqual([
      'not known yet',
      'less than a minute',
      'about 1 minute',
      'about 2 minutes',
      'about 5 minutes',
      'about 3 hours',
    ]);
  });
});
