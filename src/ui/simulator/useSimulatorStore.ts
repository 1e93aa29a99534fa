import { useEditorStore } from '../store/useEditorStore';
import type { SimulatorStore } from './createSimulatorStore';
import { simulatorStoreFor } from './simulatorStoreFor';

/** The simulator store of the open flow, for its actions (start, input, step…). */
export function useSimulatorStore(): SimulatorStore {
  return simulatorStoreFor(useEditorStore());
}
