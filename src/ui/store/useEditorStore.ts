import { useContext } from 'react';
import type { EditorStore } from '../../editor/createEditorStore';
import { StoreContext } from './StoreContext';

/** The store itself, for running commands. Throws outside a StoreContext provider: a wiring bug. */
export function useEditorStore(): EditorStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useEditorStore must be used inside <StoreContext.Provider>');
  return store;
}
