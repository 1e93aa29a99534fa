// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { jsonTabDirty } from '../../src/ui/json/jsonTabDirty';
import { JSON_TABS } from '../../src/ui/json/jsonTabs';
import { StoreContext } from '../../src/ui/store/StoreContext';
import { makeFlow } from './jsonSyncFixture';

vi.mock('../../src/ui/json/createMonacoEditor', async () => ({ createMonacoEditor: (await import('./fakeJsonEditor')).createFakeEditor }));

const [{ label, Component: JsonTab }] = JSON_TABS;

async function renderTab() {
  const store = createEditorStore(makeFlow());
  render(
    <StoreContext.Provider value={store}>
      <JsonTab />
    </StoreContext.Provider>,
  );
  const editor = (await screen.findByRole('textbox', { name: 'Flow JSON' })) as HTMLTextAreaElement;
  return { store, editor };
}

describe('JSON tab', () => {
  it('is registered as "JSON"', () => {
    expect(label).toBe('JSON');
  });

  it('applies a text edit to the store as one undoable "Edit JSON" step', async () => {
    const { store, editor } = await renderTab();
    fireEvent.input(editor, { target: { value: editor.value.replace('"Voice handover"', '"Edited in JSON"') } });
    await waitFor(() => expect(store.getState().flow.name).toBe('Edited in JSON'), { timeout: 3000 });
    expect(store.getState().undoLabel).toMatch(/Edit JSON/);
    act(() => store.undo());
    expect(store.getState().flow.name).toBe('Voice handover');
    await waitFor(() => expect(editor.value).toContain('"name": "Voice handover"'));
  });

  it('selects the node under the cursor, and publishes invalid text for the leave guard', async () => {
    const { store, editor } = await renderTab();
    editor.focus();
    const offset = editor.value.indexOf('"seconds"');
    editor.setSelectionRange(offset, offset);
    fireEvent.click(editor);
    expect(store.getState().selection.nodeIds).toEqual(['wait']);
    fireEvent.input(editor, { target: { value: editor.value.replace('"seconds": 1.5', '"seconds": true') } });
    await waitFor(() => expect(jsonTabDirty.get()).toBe(true), { timeout: 3000 });
    expect(store.getState().flow.nodes[2].data).toEqual({ seconds: 1.5 });
  });
});
