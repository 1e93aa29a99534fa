import type { EditorStore } from '../../editor/createEditorStore';
import { canvasMarksFor } from './canvasMarksFor';
import { createSimulatorStore, type SimulatorStore } from './createSimulatorStore';
import { publishRunMarks } from './publishRunMarks';

const stores = new WeakMap<EditorStore, SimulatorStore>();

/** The simulator view state of one open flow (one editor store); made on first use. */
export function simulatorStoreFor(editor: EditorStore): SimulatorStore {
  let store = stores.get(editor);
  if (!store) {
    const marks = canvasMarksFor(editor);
    stores.set(editor, (store = createSimulatorStore(marks)));
    // Lives as long as the editor store: the marks follow the run whichever tab is open.
    publishRunMarks(editor, store, marks);
  }
  return store;
}
