import { describe, expect, it } from 'vitest';
import { addNode } from '../../src/editor/commands/addNode';
import { autoLayout } from '../../src/editor/commands/autoLayout';
import { connect } from '../../src/editor/commands/connect';
import { setNodeTitle } from '../../src/editor/commands/setNodeTitle';
import { estimateNodeSize } from '../../src/editor/computeLayout';
import { flowOrder } from '../../src/editor/flowOrder';
import { searchNodes } from '../../src/editor/searchNodes';
import { matchesKey } from '../../src/editor/matchesKey';
import type { NodeType } from '../../src/schema';
import { buildStore } from './buildFlow';

/** buildStore plus a branching voice handover, a stray step and a note. */
function branchingStore() {
  const store = buildStore();
  const add = (type: NodeType, id: string) => store.run(addNode, { type, id, position: { x: 0, y: 0 } });
  add('message', 'busyMsg');
  add('message', 'noAnswerMsg');
  add('end', 'done');
  add('add_tag', 'stray');
  add('note', 'note');
  add('trigger_knowledge_gap', 'gap');
  // Connected out of port order on purpose: flowOrder must still follow port order.
  store.run(connect, { source: 'handover', sourcePort: 'no_answer', target: 'noAnswerMsg' });
  store.run(connect, { source: 'handover', sourcePort: 'busy', target: 'busyMsg' });
  store.run(connect, { source: 'handover', sourcePort: 'transferred', target: 'done' });
  store.run(connect, { source: 'gap', sourcePort: 'next', target: 'msg' });
  return store;
}

describe('flowOrder', () => {
  it('goes breadth-first from triggers in port order; unreachable steps, then notes last', () => {
    const flow = branchingStore().getState().flow;
    expect(flowOrder(flow)).toEqual(['trigger', 'gap', 'msg', 'pause', 'handover', 'done', 'busyMsg', 'noAnswerMsg', 'stray', 'note']);
  });
});

describe('autoLayout', () => {
  it('places every node without overlaps, left to right along the flow', () => {
    const store = branchingStore();
    store.run(autoLayout, {});
    const { flow } = store.getState();
    const boxes = flow.nodes.map((n) => ({ id: n.id, ...flow.layout.nodes[n.id], ...estimateNodeSize(n) }));
    expect(boxes.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y))).toBe(true);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    for (const edge of flow.edges) {
      expect(flow.layout.nodes[edge.target].x).toBeGreaterThan(flow.layout.nodes[edge.source].x);
    }
    // Port order: Transferred above Busy above No answer.
    const y = (id: string) => flow.layout.nodes[id].y;
    expect(y('done')).toBeLessThan(y('busyMsg'));
    expect(y('busyMsg')).toBeLessThan(y('noAnswerMsg'));
  });

  it('changes nothing (no undo step) when the layout is already tidy', () => {
    const store = branchingStore();
    store.run(autoLayout, {});
    expect(store.run(autoLayout, {})).toBe(false);
  });
});

describe('searchNodes', () => {
  it('ranks a title match above a label match above a text match', () => {
    const store = branchingStore();
    store.run(setNodeTitle, { id: 'stray', title: 'Tag for the team' });
    const flow = store.getState().flow;
    expect(searchNodes(flow, 'team')).toEqual(['stray', 'msg']);
    expect(searchNodes(flow, 'pause')[0]).toBe('pause');
    expect(searchNodes(flow, '+1202')).toEqual(['handover']);
    expect(searchNodes(flow, 'voice transfer')).toEqual(['handover']);
    expect(searchNodes(flow, 'manager')).toEqual(['trigger']);
    expect(searchNodes(flow, '   ')).toEqual([]);
    expect(searchNodes(flow, 'zzz')).toEqual([]);
  });

  it('finds an untitled node by the name it shows, e.g. "Pause 1.5 s"', () => {
    const flow = branchingStore().getState().flow;
    expect(searchNodes(flow, 'pause 1.5')).toEqual(['pause']);
  });
});

describe('matchesKey', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
    key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
  });
  it('matches Mod as Ctrl off macOS and ⌘ on macOS, with exact modifiers', () => {
    expect(matchesKey(key('d', { ctrlKey: true }), ['Mod+D'])).toBe(true);
    expect(matchesKey(key('d', { metaKey: true }), ['Mod+D'], true)).toBe(true);
    expect(matchesKey(key('d', { metaKey: true }), ['Mod+D'])).toBe(false);
    expect(matchesKey(key('Z', { ctrlKey: true, shiftKey: true }), ['Mod+Z'])).toBe(false);
    expect(matchesKey(key('Z', { ctrlKey: true, shiftKey: true }), ['Mod+Shift+Z'])).toBe(true);
    expect(matchesKey(key('Backspace'), ['Delete', 'Backspace'])).toBe(true);
  });
});
