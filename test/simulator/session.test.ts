import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/runtime';
import { replaySession, sendInput, startSession, stepSession, continueSession, isHalted, shownState } from '../../src/ui/simulator/session';
import { nodeOfItem } from '../../src/ui/simulator/timelineItem';
import { formatClock } from '../../src/ui/simulator/formatClock';
import { loadExample } from './loadExample';

const NONE = new Set<string>();
const effectTypes = (items: ReturnType<typeof visibleItems>) => items.flatMap((i) => (i.kind === 'effect' ? [i.effect.type] : []));
const visibleItems = (s: { timeline: import('../../src/ui/simulator/timelineItem').TimelineItem[]; revealed: number }) => s.timeline.slice(0, s.revealed);

describe('simulator session', () => {
  it.each(['voice-zendesk', 'chat-handover', 'messenger-handover'] as const)('replays every test case of %s exactly as runScript does', (name) => {
    const flow = loadExample(name);
    expect(flow.tests.length).toBeGreaterThan(0);
    for (const testCase of flow.tests) {
      const replayed = replaySession(flow, testCase.scene, testCase.events);
      const scripted = runScript(flow, testCase.scene, testCase.events);
      if (!replayed.ok || !scripted.ok) throw new Error('example must run');
      expect(replayed.session.runtime.log, testCase.name).toEqual(scripted.log);
      // Every effect appears once in the timeline, in log order.
      const logged = replayed.session.timeline.flatMap((i) => (i.kind === 'effect' ? [i.effect.seq] : []));
      expect(logged).toEqual(scripted.log.map((e) => e.seq));
    }
  });

  it('feeds the scene transfer outcome to a ringing voice transfer and marks it as automatic', () => {
    const flow = loadExample('voice-zendesk');
    const started = startSession(flow, { channel: 'phone_voice', transferOutcome: 'busy' }, NONE);
    if (!started.ok) throw new Error('must start');
    const s = sendInput(started.session, { type: 'user_message', text: 'I want to talk to a human' }, NONE);
    expect(s.events).toEqual([{ type: 'user_message', text: 'I want to talk to a human' }]);
    const auto = s.timeline.filter((i) => i.kind === 'input' && i.auto);
    expect(auto.length).toBeGreaterThan(0);
    const outcomes = s.runtime.log.flatMap((e) => (e.type === 'handover_outcome' ? [e.port] : []));
    expect(outcomes[0]).toBe('busy');
  });

  it('halts before a node with a breakpoint; Step reveals one item, Continue runs to the end', () => {
    const flow = loadExample('voice-zendesk');
    const breakpoints = new Set(['sip_pause']);
    const started = startSession(flow, { channel: 'phone_voice' }, breakpoints);
    if (!started.ok) throw new Error('must start');
    let s = sendInput(started.session, { type: 'user_message', text: 'Connect me to a person' }, breakpoints);
    expect(isHalted(s)).toBe(true);
    expect(nodeOfItem(s.timeline[s.revealed])).toBe('sip_pause');
    expect(effectTypes(visibleItems(s))).toContain('bot_says');
    expect(effectTypes(visibleItems(s))).not.toContain('pause');
    // While halted the panels follow what is revealed: Dana is assigned, the handover not made yet.
    expect(shownState(s).contact.assigneeId).toBe('dana');
    expect(shownState(s).handover).toBeNull();
    const before = s.revealed;
    s = stepSession(s);
    expect(s.revealed).toBe(before + 1);
    // Stepping on to the handover and the ownership move it reports shows the transfer ringing, before the turn is over.
    while (isHalted(s) && !effectTypes(visibleItems(s)).includes('ownership_changed')) s = stepSession(s);
    expect(isHalted(s)).toBe(true);
    expect(shownState(s).handover).toMatchObject({ destination: 'voice', phase: 'ringing' });
    s = continueSession(s, breakpoints);
    expect(isHalted(s)).toBe(false);
    expect(effectTypes(visibleItems(s))).toContain('handover');
    expect(shownState(s)).toBe(s.runtime.state);
  });

  it('halts before a node that emits no effect (a channel router)', () => {
    const flow = loadExample('voice-zendesk');
    const breakpoints = new Set(['router']);
    const started = startSession(flow, { channel: 'web_chat' }, breakpoints);
    if (!started.ok) throw new Error('must start');
    const s = sendInput(started.session, { type: 'user_message', text: 'I want to talk to a human' }, breakpoints);
    expect(nodeOfItem(s.timeline[s.revealed])).toBe('router');
    expect(effectTypes(visibleItems(s))).toContain('assigned');
    expect(effectTypes(visibleItems(s))).not.toContain('bot_says');
  });

  it('refuses to start a flow with errors and returns them', () => {
    const flow = loadExample('voice-zendesk');
    const broken = { ...flow, edges: [...flow.edges, { id: 'dangling', source: 'tag', sourcePort: 'next', target: 'nowhere' }] };
    const started = startSession(broken, {}, NONE);
    expect(started.ok).toBe(false);
    if (!started.ok) expect(started.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('formatClock', () => {
  it.each([
    [0, 'T+00:00:00'],
    [5000, 'T+00:00:05'],
    [1500, 'T+00:00:01.5'],
    [3_600_000 + 60_000, 'T+01:01:00'],
    [86_400_000 * 2 + 1000, 'T+2d 00:00:01'],
  ])('%i ms → %s', (ms, text) => expect(formatClock(ms)).toBe(text));
});
