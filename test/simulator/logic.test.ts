import { describe, expect, it } from 'vitest';
import { runTestCase } from '../../src/runtime';
import { computeCoverage } from '../../src/runtime/computeCoverage';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { saveTestCase } from '../../src/editor/commands/saveTestCase';
import { removeTestCase } from '../../src/editor/commands/removeTestCase';
import { testCaseSchema, type Flow } from '../../src/schema';
import { diffExpectations } from '../../src/runtime/diffExpectations';
import { locateFailure } from '../../src/ui/simulator/locateFailure';
import { replaySession } from '../../src/ui/simulator/session';
import { computeHighlights } from '../../src/ui/simulator/computeHighlights';
import { highlightCss } from '../../src/ui/simulator/highlightCss';
import { loadExample } from './loadExample';

const withText = (flow: Flow, id: string, text: string): Flow => ({
  ...flow,
  nodes: flow.nodes.map((n) => (n.id === id && n.type === 'message' ? { ...n, data: { ...n.data, text } } : n)),
});

describe('computeCoverage', () => {
  it('finds every handover outcome of the examples covered by their own test cases', () => {
    for (const name of ['voice-zendesk', 'chat-handover', 'messenger-handover'] as const) {
      const coverage = computeCoverage(loadExample(name));
      expect(coverage.handoverPorts.total, name).toBeGreaterThan(0);
      expect(coverage.uncoveredNodes, name).toEqual([]);
    }
  });

  it('leaves out the ports no conversation can take: a Channel router port for a channel not deployed, and other when every channel has its port', () => {
    const flow = loadExample('voice-zendesk');
    expect(computeCoverage(flow).uncoveredPorts).toEqual([]);
    const router = (f: Flow) => computeCoverage(f).uncoveredPorts.filter((p) => p.nodeId === 'router').map((p) => p.port);
    // Deployed on Messenger too, with no Messenger port wired: Messenger goes by other, and neither is covered.
    expect(router({ ...flow, settings: { ...flow.settings, channels: [...flow.settings.channels, 'messenger'] } })).toEqual(['messenger', 'other']);
  });

  it('lists what a smaller set of cases leaves out', () => {
    const flow = loadExample('voice-zendesk');
    const browserOnly = flow.tests.filter((t) => t.scene.channel === 'web_voice');
    const coverage = computeCoverage(flow, browserOnly);
    expect(coverage.handoverPorts.covered).toBe(0);
    expect(coverage.uncoveredNodes).toContain('sip_handover');
    expect(coverage.uncoveredNodes).not.toContain('browser_message');
    expect(coverage.uncoveredPorts).toContainEqual({ nodeId: 'router', port: 'phone_voice' });
    expect(coverage.uncoveredPorts).not.toContainEqual({ nodeId: 'router', port: 'web_voice' });
  });
});

describe('test case commands', () => {
  it('adds, updates and removes a test case, each one undo step', () => {
    const flow = { ...loadExample('messenger-handover'), tests: [] };
    const store = createEditorStore(flow);
    const testCase = testCaseSchema.parse({ id: 'case-1', name: 'One', events: [{ type: 'ai_no_answer' }] });
    expect(store.run(saveTestCase, { testCase })).toBe(true);
    expect(store.getState().undoLabel).toBe('Add test case "One"');
    expect(store.run(saveTestCase, { testCase: { ...testCase, name: 'Renamed' } })).toBe(true);
    expect(store.getState().flow.tests.map((t) => t.name)).toEqual(['Renamed']);
    expect(store.run(removeTestCase, { id: 'case-1' })).toBe(true);
    expect(store.getState().flow.tests).toEqual([]);
    store.undo();
    store.undo();
    expect(store.getState().flow.tests.map((t) => t.name)).toEqual(['One']);
  });

  it('refuses an invalid test case and names the path', () => {
    const store = createEditorStore(loadExample('messenger-handover'));
    const bad = { id: 'x', name: 'Bad', scene: testCaseSchema.parse({ id: 'y', name: 'y' }).scene, events: [{ type: 'advance', ms: -5 }], expect: [] };
    expect(store.run(saveTestCase, { testCase: bad as never })).toBe(false);
    expect(store.getState().notice?.message).toMatch(/at tests\/events\/0\/ms/);
  });
});

describe('failure diff and location', () => {
  const flow = loadExample('chat-handover');
  const testCase = flow.tests[0];
  const changed = withText(flow, 'final_message', 'Changed.');
  const result = runTestCase(changed, testCase);

  it('diffs expected against actual: met, missing where it was due, and the rest', () => {
    expect(result.pass).toBe(false);
    const rows = diffExpectations(result.log, testCase.expect);
    const missing = rows.filter((r) => r.kind === 'missing');
    expect(missing.map((r) => r.kind === 'missing' && r.expectation.effect)).toContain('bot_says');
    expect(rows.filter((r) => r.kind === 'match').length).toBe(testCase.expect.length - missing.length);
    // Every effect of the log appears once, in order.
    const seqs = rows.flatMap((r) => (r.kind === 'match' || r.kind === 'extra' ? [r.effect.seq] : []));
    expect(seqs).toEqual(result.log.map((e) => e.seq));
  });

  it('locates the failing step just after the last met expectation', () => {
    const replayed = replaySession(changed, testCase.scene, testCase.events);
    if (!replayed.ok) throw new Error('must replay');
    const at = locateFailure(replayed.session.timeline, testCase.expect, result);
    const shown = replayed.session.timeline.slice(0, at).flatMap((i) => (i.kind === 'effect' ? [i.effect.type] : []));
    expect(shown).toContain('assigned');
    expect(shown).not.toContain('bot_says');
    expect(at).toBeLessThan(replayed.session.timeline.length);
  });

  it('marks the path, the active node and breakpoints on the canvas', () => {
    const replayed = replaySession(flow, testCase.scene, testCase.events);
    if (!replayed.ok) throw new Error('must replay');
    const h = computeHighlights(flow, replayed.session, new Set(['tag', 'gone']), null);
    expect(h.pathNodes).toEqual(expect.arrayContaining(['human_requested', 'hours', 'assign', 'final_message', 'handover', 'tag', 'task', 'pause_bot']));
    expect(h.pathEdges).toHaveLength(flow.edges.filter((e) => ['human_requested', 'assign', 'final_message', 'tag', 'task'].includes(e.source) || (e.source === 'handover' && e.sourcePort === 'transferred') || (e.source === 'hours' && e.sourcePort === 'open')).length);
    expect(h.active).toBe('pause_bot');
    expect(h.breakpoints).toEqual(['tag']);
    const css = highlightCss(h);
    expect(css).toContain('.react-flow__node[data-id="pause_bot"] .flow-node');
    expect(css).toContain('.react-flow__node[data-id="tag"]::before');
  });
});
