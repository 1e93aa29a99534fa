import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJsonSync } from '../../src/editor/jsonSync/createJsonSync';
import { diagnosticsToMarkers } from '../../src/editor/jsonSync/diagnosticsToMarkers';
import { locatePointer } from '../../src/editor/jsonSync/locatePointer';
import type { Flow } from '../../src/schema';
import { makeFlow } from './jsonSyncFixture';

// Issue 11: the JSON tab is one of the ways in. Text that is not a flow, or is hostile, is refused
// with a banner naming where, and the canvas keeps the last valid flow.
function setup() {
  const applied: Flow[] = [];
  const sync = createJsonSync({ onApply: (flow) => applied.push(flow) });
  const text = sync.setFlow(makeFlow())!;
  return { sync, applied, text };
}

describe('JSON tab: only flows get in', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refuses text without the format marker and keeps the flow', () => {
    const { sync, applied, text } = setup();
    sync.editText(text.replace('"format": "baton.flow",', ''));
    vi.runAllTimers();
    expect(applied).toHaveLength(0);
    expect(sync.getState().issues).toEqual([{ path: '/format', message: 'This file is not a Baton flow: it has no "format": "baton.flow"' }]);
    expect(sync.getState().banner).toMatch(/^Not applied: \/format — This file is not a Baton flow/);
  });

  it('refuses a __proto__ key and keeps Object.prototype clean', () => {
    const { sync, applied, text } = setup();
    sync.editText(text.replace('"data": {', '"data": { "__proto__": { "polluted": true },'));
    vi.runAllTimers();
    expect(applied).toHaveLength(0);
    expect(sync.getState().issues[0]).toEqual({ path: '/nodes/0/data/__proto__', message: '"__proto__" is not allowed as a key anywhere in a flow' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses 10,000-deep nesting without running out of stack, and still places markers', () => {
    const { sync, applied, text } = setup();
    const deep = text.replace('"data": {', `"data": { "q": ${'['.repeat(10_000)}${']'.repeat(10_000)},`);
    sync.editText(deep);
    vi.runAllTimers();
    expect(applied).toHaveLength(0);
    const [issue] = sync.getState().issues;
    expect(issue.message).toMatch(/nests more than 64 levels/);
    // The tolerant parser behind markers (it recurses per level) gives up rather than throw.
    expect(() => locatePointer(deep, issue.path)).not.toThrow();
    const deeper = text.replace('"data": {', `"data": { "q": ${'['.repeat(200_000)}${']'.repeat(200_000)},`);
    expect(locatePointer(deeper, '/nodes/0/data/q')).toBeNull();
    expect(() => diagnosticsToMarkers(deep, [{ code: 'schema.invalid', severity: 'error', message: issue.message, path: issue.path, rule: 'schema' }])).not.toThrow();
  });
});
