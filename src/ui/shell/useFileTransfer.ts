import { useCallback, useState } from 'react';
import { replaceFlow } from '../../editor/commands/replaceFlow';
import type { EditorStore } from '../../editor/createEditorStore';
import { parseFlow } from '../../schema';

/**
 * Default Import/Export for a store when the app gives none: a file picker that goes through
 * parseFlow (the one way in) and replaces the document in one undoable step, and a JSON download.
 */
export function useFileTransfer(store: EditorStore) {
  const [message, setMessage] = useState<string | null>(null);
  const onImport = useCallback(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.onchange = async () => {
      const file = input.files?.[0];
      if (!file) return;
      const result = parseFlow(await file.text());
      if (!result.ok) {
        const first = result.issues[0];
        setMessage(`Could not import ${file.name}: ${first.message}${first.path ? ` at ${first.path}` : ''}${result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : ''}`);
        return;
      }
      setMessage(null);
      store.run(replaceFlow, { flow: result.flow });
    };
    input.click();
  }, [store]);
  const onExport = useCallback(() => {
    const flow = store.getState().flow;
    const url = URL.createObjectURL(new Blob([JSON.stringify(flow, null, 2) + '\n'], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${flow.id}.baton.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [store]);
  return { onImport, onExport, message, clearMessage: () => setMessage(null) };
}
