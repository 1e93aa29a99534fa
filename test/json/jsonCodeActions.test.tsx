// @vitest-environment jsdom
import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { applyFix } from '../../src/editor/fixes/applyFix';
import { flowToText } from '../../src/editor/jsonSync';
import { validateFlow } from '../../src/rules/validateFlow';
import type { Flow } from '../../src/schema';
import { jsonCodeActions } from '../../src/ui/json/jsonCodeActions';
import { JsonView } from '../../src/ui/json/JsonView';
import { tweak, voiceFlow } from '../rules/helpers';
import { fakeEditorLog, resetFakeEditorLog } from './fakeJsonEditor';

vi.mock('../../src/ui/json/createMonacoEditor', async () => ({ createMonacoEditor: (await import('./fakeJsonEditor')).createFakeEditor }));

/** voiceFlow with its Pause at 3 s and a reserved header name. */
const faulty = (): Flow =>
  tweak(voiceFlow({ attributes: [{ name: 'X-Twilio-Foo', value: '7' }] }), (f) => {
    if (f.nodes[3].type === 'pause') f.nodes[3].data.seconds = 3;
  });

/** The offset range of the first match of `pattern` in `text`. */
function at(text: string, pattern: string) {
  const start = text.indexOf(pattern);
  if (start < 0) throw new Error(`no ${pattern} in the text`);
  return { start, end: start + pattern.length };
}

describe('JSON tab quick fixes (Monaco code actions)', () => {
  const flow = faulty();
  const text = flowToText(flow);
  const diagnostics = validateFlow(flow);

  it('offers the fixes of the squiggle under the cursor, titled as in Problems', () => {
    const seconds = at(text, '"seconds": 3');
    const cursor = { start: seconds.end - 1, end: seconds.end - 1 };
    const actions = jsonCodeActions(text, flow, diagnostics, cursor);
    expect(actions.map((a) => a.title)).toEqual(['Set Pause 3 s to 1.5 s']);
    expect(actions[0]).toMatchObject({ fixId: 'set-pause', isPreferred: true, markerMessage: expect.stringContaining('(voice.pause.out_of_range)') });
    const header = at(text, '"X-Twilio-Foo"');
    expect(jsonCodeActions(text, flow, diagnostics, header).map((a) => a.title)).toEqual(['Rename X-Twilio-Foo to X-Foo', 'Remove X-Twilio-Foo']);
  });

  it('offers nothing where there is no squiggle', () => {
    expect(jsonCodeActions(text, flow, diagnostics, at(text, '"name": "Test"'))).toEqual([]);
  });

  it('a code action run through the store is one undo step, and the text then says the fixed flow', () => {
    const [action] = jsonCodeActions(text, flow, diagnostics, at(text, '"seconds": 3'));
    const store = createEditorStore(flow);
    expect(store.run(applyFix, { diagnostic: action.diagnostic, fixId: action.fixId })).toBe(true);
    expect(flowToText(store.getState().flow)).toContain('"seconds": 1.5');
    expect(store.getState().diagnostics.map((d) => d.code)).not.toContain('voice.pause.out_of_range');
    store.undo();
    expect(store.getState().flow).toEqual(flow);
  });

  it('the JSON view hands its editor the actions, and none while the text is invalid', async () => {
    resetFakeEditorLog();
    const onQuickFix = vi.fn();
    render(<JsonView flow={flow} diagnostics={diagnostics} selectedNodeId={null} onApply={vi.fn()} onSelectNode={vi.fn()} onQuickFix={onQuickFix} theme="light" debounceMs={5} />);
    const source = fakeEditorLog.options?.codeActions;
    expect(source).toBeDefined();
    const [action] = source!.actionsAt(at(fakeEditorLog.textarea!.value, '"seconds": 3'));
    expect(action.title).toBe('Set Pause 3 s to 1.5 s');
    source!.run(action);
    expect(onQuickFix).toHaveBeenCalledWith(action.diagnostic, 'set-pause');
    // The same text made invalid by a trailing comma: its squiggles no longer match the flow.
    const broken = fakeEditorLog.textarea!.value.replace(/\}\s*$/, ',}');
    fireEvent.input(fakeEditorLog.textarea!, { target: { value: broken } });
    await waitFor(() => expect(source!.actionsAt(at(broken, '"seconds": 3'))).toEqual([]));
  });
});
