import { createContext } from 'react';
import type { EditorStore } from '../../editor/createEditorStore';

/** The one editor store of the open flow; components read it through useEditor/useEditorStore. */
export const StoreContext = createContext<EditorStore | null>(null);
