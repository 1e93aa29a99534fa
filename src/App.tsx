import { ReactFlowProvider } from '@xyflow/react';
import type { EditorStore } from './editor/createEditorStore';
import { EditorShell, type EditorShellProps } from './ui/shell/EditorShell';
import { useFileTransfer } from './ui/shell/useFileTransfer';
import { StoreContext } from './ui/store/StoreContext';
import './ui/styles/tokens.css';

export interface AppProps extends Omit<EditorShellProps, 'message' | 'onDismissMessage'> {
  store: EditorStore;
}

/** The editor for one store. The seams (save state, import/export, tabs) are props for the lead to wire. */
export function App({ store, onImport, onExport, ...shell }: AppProps) {
  const files = useFileTransfer(store);
  return (
    <StoreContext.Provider value={store}>
      <ReactFlowProvider>
        <EditorShell
          {...shell}
          onImport={onImport ?? files.onImport}
          onExport={onExport ?? files.onExport}
          message={files.message}
          onDismissMessage={files.clearMessage}
        />
      </ReactFlowProvider>
    </StoreContext.Provider>
  );
}
