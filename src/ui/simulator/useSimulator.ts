import { useCallback, useSyncExternalStore } from 'react';
import { useEditorStore } from '../store/useEditorStore';
import type { SimulatorState } from './createSimulatorStore';
import { simulatorStoreFor } from './simulatorStoreFor';

/** Subscribes to a slice of the simulator view state (keep selectors stable, as with useEditor). */
export function useSimulator<T>(selector: (state: SimulatorState) => T): T {
  const store = simulatorStoreFor(useEditorStore());
  const get = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, get, get);
}
