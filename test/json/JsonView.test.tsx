// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flowToText } from '../../src/editor/jsonSync';
import type { Diagnostic } from '../../src/rules/diagnostic';
import type { Flow } from '../../src/schema';
import { JsonView, type JsonViewProps } from '../../src/ui/json/JsonView';
import { LazyJsonView } from '../../src/ui/json/LazyJsonView';
import { fakeEditorLog, resetFakeEditorLog } from './fakeJsonEditor';
import { makeFlow } from './jsonSyncFixture';

vi.mock('../../src/ui/json/createMonacoEditor', async () => ({ createMonacoEditor: (await import('./fakeJsonEditor')).createFakeEditor }));

function renderView(overrides: Partial<JsonViewProps> = {}) {
  const props: JsonViewProps = {
    flow: makeFlow(),
    diagnostics: [],
    selectedNodeId: null,
    onApply: vi.fn(),
    onSelectNode: vi.fn(),
    onDirtyChange: vi.fn(),
    theme: 'light',
    debounceMs: 5,
    ...overrides,
  };
  const view = render(<JsonView {...props} />);
  const rerender = (next: Partial<JsonViewProps>) => {
    Object.assign(props, next);
    view.rerender(<JsonView {...props} />);
  };
  return { props, rerender, unmount: view.unmount, editor: () => screen.getByRole('textbox', { name: 'Flow JSON' }) as HTMLTextAreaElement };
}

function typeText(textarea: HTMLTextAreaElement, value: string) {
  fireEvent.input(textarea, { target: { value } });
}

describe('JsonView', () => {
  beforeEach(() => resetFakeEditorLog());

  it('shows the flow as JSON in a labelled region with a Format JSON button', async () => {
    const { editor } = renderView();
    expect(screen.getByRole('region', { name: 'Flow JSON' })).toBeInTheDocument();
    expect(editor().value).toBe(flowToText(makeFlow()));
    await userEvent.click(screen.getByRole('button', { name: 'Format JSON' }));
    expect(fakeEditorLog.formats).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('applies a valid edit after the debounce', async () => {
    const { editor, props } = renderView();
    typeText(editor(), editor().value.replace('"seconds": 1.5', '"seconds": 2'));
    expect(props.onApply).not.toHaveBeenCalled();
    await waitFor(() => expect(props.onApply).toHaveBeenCalledTimes(1), { timeout: 3000 });
    const applied = vi.mocked(props.onApply).mock.calls[0][0] as Flow;
    expect(applied.nodes.find((n) => n.id === 'wait')?.data).toEqual({ seconds: 2 });
  });

  it('keeps the flow and shows why while the text is invalid, until discarded', async () => {
    const { editor, props } = renderView();
    const original = editor().value;
    typeText(editor(), original.replace('"seconds": 1.5', '"seconds": "two"'));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/^Not applied: \/nodes\/2\/data\/seconds — .*expected number.* The canvas keeps the last valid flow\.$/i),
      { timeout: 3000 },
    );
    expect(props.onApply).not.toHaveBeenCalled();
    // Reported from a passive effect, which may run a tick after the status text is committed.
    await waitFor(() => expect(props.onDirtyChange).toHaveBeenLastCalledWith(true));
    // The schema issue squiggles where it is.
    expect(fakeEditorLog.markers.map((m) => editor().value.slice(m.startOffset, m.endOffset))).toEqual(['"two"']);
    await userEvent.click(screen.getByRole('button', { name: 'Discard invalid JSON' }));
    expect(editor().value).toBe(original);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(props.onDirtyChange).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole('button', { name: 'Discard invalid JSON' })).toBeNull();
  });

  it('turns validator diagnostics into markers with their codes', () => {
    const diagnostic: Diagnostic = { code: 'voice.pause.missing', severity: 'warning', message: 'Add a pause.', nodeId: 'transfer', path: '/nodes/3/data/destination/to', rule: 'voice' };
    const { editor } = renderView({ diagnostics: [diagnostic] });
    const [marker] = fakeEditorLog.markers;
    expect(editor().value.slice(marker.startOffset, marker.endOffset)).toBe('"+12025551234"');
    expect(marker).toMatchObject({ severity: 'warning', message: 'Add a pause. (voice.pause.missing)' });
  });

  it('replaces only the changed span when the canvas changes the flow', () => {
    const { editor, rerender, props } = renderView();
    const renamed = { ...props.flow, nodes: props.flow.nodes.map((n) => (n.id === 'bye' ? { ...n, data: { text: 'Hold on, please.' } } : n)) } as Flow;
    rerender({ flow: renamed });
    expect(editor().value).toBe(flowToText(renamed));
    // A small replacement inside the message text, so Monaco keeps cursor and scroll elsewhere.
    const [edit] = fakeEditorLog.edits;
    expect(fakeEditorLog.edits).toHaveLength(1);
    expect(edit.text).toContain('Hold on, please');
    expect(edit.end - edit.start).toBeLessThan('Connecting you now.'.length);
    // The same flow again (a copy) changes nothing.
    rerender({ flow: structuredClone(renamed) });
    expect(fakeEditorLog.edits).toHaveLength(1);
  });

  it('reveals and highlights the node selected on the canvas', () => {
    const { editor, rerender } = renderView();
    rerender({ selectedNodeId: 'wait' });
    const { range, reveal } = fakeEditorLog.highlight!;
    expect(editor().value.slice(range!.start, range!.end)).toMatch(/^\{\s+"id": "wait"/);
    expect(reveal).toBe(true);
    rerender({ selectedNodeId: null });
    expect(fakeEditorLog.highlight).toEqual({ range: null, reveal: false });
  });

  it('selects the node whose JSON holds the cursor, without scrolling the editor', async () => {
    const { editor, props, rerender } = renderView();
    const offset = editor().value.indexOf('+12025551234');
    editor().focus();
    editor().setSelectionRange(offset, offset);
    fireEvent.click(editor());
    expect(props.onSelectNode).toHaveBeenCalledWith('transfer');
    rerender({ selectedNodeId: 'transfer' });
    expect(fakeEditorLog.highlight?.reveal).toBe(false);
    fireEvent.click(editor());
    expect(props.onSelectNode).toHaveBeenCalledTimes(1);
  });

  it('follows the theme', () => {
    const { rerender } = renderView({ theme: 'dark' });
    expect(fakeEditorLog.theme).toBe('dark');
    rerender({ theme: 'light' });
    expect(fakeEditorLog.theme).toBe('light');
  });

  it('applies a valid edit still waiting for its debounce when unmounted', () => {
    const { editor, props, unmount } = renderView({ debounceMs: 10_000 });
    typeText(editor(), editor().value.replace('"Voice handover"', '"Kept on leave"'));
    expect(props.onApply).not.toHaveBeenCalled();
    unmount();
    expect(vi.mocked(props.onApply).mock.calls.map(([flow]) => flow.name)).toEqual(['Kept on leave']);
    expect(fakeEditorLog.disposed).toBe(1);
  });
});

describe('LazyJsonView', () => {
  it('announces loading, then shows the editor', async () => {
    render(<LazyJsonView flow={makeFlow()} diagnostics={[]} selectedNodeId={null} onApply={vi.fn()} onSelectNode={vi.fn()} theme="light" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the JSON editor…');
    expect(await screen.findByRole('textbox', { name: 'Flow JSON' })).toBeInTheDocument();
  });
});
