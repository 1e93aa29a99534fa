import { describe, expect, it } from 'vitest';
import { FLOW_FORMAT } from '../../src/schema/flow';
import { ConflictError } from '../../src/storage/ConflictError';
import { StorageError } from '../../src/storage/StorageError';
import { describeSaveState } from '../../src/ui/app/describeSaveState';
import { looksLikeFlowDocument } from '../../src/ui/app/looksLikeFlowDocument';
import { hashFor, parseRoute, type Route } from '../../src/ui/app/parseRoute';
import { makeFlow } from '../storage/helpers';

describe('parseRoute / hashFor', () => {
  it('round-trips every route, ids with reserved characters included', () => {
    const routes: Route[] = [{ kind: 'library' }, { kind: 'flow', flowId: 'abc_123' }, { kind: 'flow', flowId: 'a/b c#d' }, { kind: 'start' }];
    for (const route of routes) expect(parseRoute(hashFor(route))).toEqual(route);
  });

  it('treats an empty or unknown hash as start-up and a malformed escape as the library', () => {
    expect(parseRoute('')).toEqual({ kind: 'start' });
    expect(parseRoute('#/somewhere')).toEqual({ kind: 'start' });
    expect(parseRoute('#/flow/%E0%A4%A')).toEqual({ kind: 'library' });
  });
});

describe('looksLikeFlowDocument', () => {
  it('accepts flow documents, broken JSON naming the format, and a version beside nodes (imported to say why it is refused)', () => {
    expect(looksLikeFlowDocument(JSON.stringify(makeFlow()))).toBe(true);
    expect(looksLikeFlowDocument('{"version": 0, "id": "x", "nodes": []}')).toBe(true);
    expect(looksLikeFlowDocument(`{"format": "${FLOW_FORMAT}", "nodes": [`)).toBe(true);
  });

  it('leaves canvas fragments and other text to the canvas', () => {
    expect(looksLikeFlowDocument('{"format": "baton.fragment", "version": 1, "nodes": []}')).toBe(false);
    expect(looksLikeFlowDocument('hello')).toBe(false);
    expect(looksLikeFlowDocument('[1, 2]')).toBe(false);
    expect(looksLikeFlowDocument('{"nodes": []}')).toBe(false);
  });
});

describe('describeSaveState', () => {
  const base = { version: 1, remoteVersion: null };
  it('maps autosave states to the header labels with a short reason', () => {
    expect(describeSaveState({ ...base, status: 'saved', error: null })).toEqual({ saveState: 'saved' });
    expect(describeSaveState({ ...base, status: 'saving', error: null })).toEqual({ saveState: 'saving' });
    expect(describeSaveState({ ...base, status: 'error', error: new StorageError('quota', 'full') })).toEqual({ saveState: 'error', saveReason: 'browser storage is full' });
    const flow = makeFlow();
    const conflict = new ConflictError({ flowId: flow.id, mine: flow, theirs: flow, baseVersion: 1, theirVersion: 2 });
    expect(describeSaveState({ ...base, status: 'error', error: conflict })).toEqual({ saveState: 'error', saveReason: 'changed in another tab' });
  });

  it('never says "Saved" while the library lives in this tab’s memory only', () => {
    const memoryOnly = new StorageError('unavailable', 'no IndexedDB');
    expect(describeSaveState({ ...base, status: 'saved', error: null }, memoryOnly)).toEqual({ saveState: 'error', saveReason: 'kept in this tab only' });
  });
});
