// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { validateFlow } from '../../src/rules';
import { isolateBidi, nameNode } from '../../src/schema';
import { createNode, makeFlow, renderEditor } from './renderEditor';

// A title that starts with RIGHT-TO-LEFT OVERRIDE: shown raw in a sentence it would reverse
// "… is not reachable from any trigger …" after it (issue 11, Trojan Source style).
const SPOOF = '\u202Egnp.exe';

function flowWith(title: string) {
  const message = { ...createNode('message', 'm1'), title };
  return makeFlow([createNode('trigger_human_requested', 't1'), message]);
}

describe('names written right to left or with bidi marks', () => {
  it('stand inside FSI…PDI isolates in plain-text messages; plain left-to-right names stay as they are', () => {
    const flow = flowWith(SPOOF);
    expect(nameNode(flow.nodes[1], flow)).toBe('Message "\u2068\u202Egnp.exe\u2069"');
    const unreachable = validateFlow(flow).find((d) => d.nodeId === 'm1' && d.code === 'structure.unreachable');
    expect(unreachable?.message).toContain('Message "\u2068\u202Egnp.exe\u2069" is not reachable');
    expect(isolateBidi('שלום')).toBe('\u2068שלום\u2069');
    const plain = flowWith('Say goodbye');
    expect(nameNode(plain.nodes[1], plain)).toBe('Message "Say goodbye"');
  });

  it('are isolated elements on the canvas and in the Problems list', async () => {
    renderEditor(flowWith(SPOOF));
    const canvas = screen.getByRole('region', { name: 'Flow canvas' });
    const title = await within(canvas).findByText(SPOOF);
    expect(title.tagName).toBe('BDI');
    const problems = screen.getByRole('tabpanel', { name: /Problems/ });
    const where = within(problems).getAllByText(SPOOF);
    expect(where.map((e) => e.tagName)).toContain('BDI');
    expect(within(problems).getByText(/is not reachable/).textContent).toContain('\u2068\u202Egnp.exe\u2069');
  });
});
