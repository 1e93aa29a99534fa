import type { EditorStore } from '../../editor/createEditorStore';
import { createSimulatorStore, type SimulatorStore } from './createSimulatorStore';

const stores = new WeakMap<EditorStore, SimulatorStore>();

/** The simulator view state of one open flow (one editor store); made on first use. */
export function simulatorStoreFor(editor: EditorStore): SimulatorStore {
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = createSimulatorStore()));
  return store;
}
