import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJsonSync } from '../../src/editor/jsonSync/createJsonSync';
import { flowToText } from '../../src/editor/jsonSync/flowToText';
import type { Flow } from '../../src/schema';
import { makeFlow } from './jsonSyncFixture';

function setup(debounceMs = 300) {
  const applied: Flow[] = [];
  const sync = createJsonSync({ onApply: (flow) => applied.push(flow), debounceMs });
  const flow = makeFlow();
  const text = sync.setFlow(flow)!;
  return { sync, applied, flow, text };
}

describe('createJsonSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the initial text on the first flow', () => {
    const { text, flow, sync } = setup();
    expect(text).toBe(flowToText(flow));
    expect(sync.getState()).toMatchObject({ valid: true, banner: null });
  });

  it('applies a valid edit only after the debounce', () => {
    const { sync, applied, text } = setup();
    sync.editText(text.replace('"seconds": 1.5', '"seconds": 2'));
    expect(sync.getState().pending).toBe(true);
    vi.advanceTimersByTime(299);
    expect(applied).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(applied).toHaveLength(1);
    expect(applied[0].nodes[2]).toMatchObject({ id: 'wait', data: { seconds: 2 } });
    expect(sync.getState()).toMatchObject({ valid: true, pending: false });
  });

  it('restarts the debounce on each keystroke and applies the last text once', () => {
    const { sync, applied, text } = setup(100);
    sync.editText(text.replace('"seconds": 1.5', '"seconds": 2'));
    vi.advanceTimersByTime(80);
    sync.editText(text.replace('"seconds": 1.5', '"seconds": 25'));
    vi.advanceTimersByTime(80);
    expect(applied).toHaveLength(0);
    vi.advanceTimersByTime(20);
    expect(applied.map((f) => f.nodes[2].data)).toEqual([{ seconds: 25 }]);
  });

  it('does not apply reformatting that means the same flow', () => {
    const { sync, applied, flow } = setup();
    sync.editText(JSON.stringify(flow));
    vi.runAllTimers();
    expect(applied).toHaveLength(0);
    expect(sync.getState().valid).toBe(true);
  });

  it('keeps the last good flow and explains why while the text is invalid', () => {
    const { sync, applied, text } = setup();
    const states: (string | null)[] = [];
    const watched = createJsonSync({ onApply: (f) => applied.push(f), onStateChange: (s) => states.push(s.banner) });
    watched.setFlow(makeFlow());
    watched.editText(text.replace('"seconds": 1.5', '"seconds": "two"'));
    vi.runAllTimers();
    expect(applied).toHaveLength(0);
    expect(watched.getState().valid).toBe(false);
    expect(watched.getState().banner).toMatch(/^Not applied: \/nodes\/2\/data\/seconds — .*expected number.*\. The canvas keeps the last valid flow\.$/i);
    expect(states.at(-1)).toBe(watched.getState().banner);
    sync.editText('{ "format": ');
    vi.runAllTimers();
    expect(sync.getState().banner).toMatch(/^Not applied: Not valid JSON/);
  });

  it('replaces the text when the canvas changes the flow', () => {
    const { sync, flow } = setup();
    const moved = { ...flow, nodes: flow.nodes.map((n) => (n.id === 'bye' ? { ...n, data: { text: 'Hold on.' } } : n)) } as Flow;
    const next = sync.setFlow(moved);
    expect(next).toBe(flowToText(moved));
    expect(sync.getText()).toBe(next);
    expect(sync.setFlow(moved)).toBeNull();
  });

  it('leaves the text alone when the canvas flow means what the text says', () => {
    const { sync, applied, flow } = setup();
    const compact = JSON.stringify(flow);
    sync.editText(compact);
    vi.runAllTimers();
    expect(sync.setFlow(structuredClone(flow))).toBeNull();
    expect(sync.getText()).toBe(compact);
    // The flow the store hands back after an apply is a copy: still no text change.
    sync.editText(compact.replace('"seconds":1.5', '"seconds":3'));
    vi.runAllTimers();
    expect(sync.setFlow(structuredClone(applied[0]))).toBeNull();
  });

  it('never overwrites invalid text with a canvas change, and says the canvas moved on', () => {
    const { sync, applied, flow, text } = setup();
    const invalid = text.replace('"seconds": 1.5', '"seconds": "two"');
    sync.editText(invalid);
    const renamed = { ...flow, name: 'Renamed on canvas' };
    expect(sync.setFlow(renamed)).toBeNull();
    expect(sync.getText()).toBe(invalid);
    expect(sync.getState()).toMatchObject({ valid: false, canvasChanged: true });
    expect(sync.getState().banner).toMatch(/canvas changed since/);
    expect(sync.discard()).toBe(flowToText(renamed));
    expect(sync.getState()).toMatchObject({ valid: true, banner: null, canvasChanged: false });
    vi.runAllTimers();
    expect(applied).toHaveLength(0);
  });

  it('lets the canvas win over a valid edit still waiting for the debounce', () => {
    const { sync, applied, flow, text } = setup();
    sync.editText(text.replace('"seconds": 1.5', '"seconds": 2'));
    const renamed = { ...flow, name: 'Renamed' };
    expect(sync.setFlow(renamed)).toBe(flowToText(renamed));
    vi.runAllTimers();
    expect(applied).toHaveLength(0);
  });

  it('flush applies a pending edit at once', () => {
    const { sync, applied, text } = setup();
    sync.editText(text.replace('"Voice handover"', '"Flushed"'));
    sync.flush();
    expect(applied[0].name).toBe('Flushed');
  });
});
