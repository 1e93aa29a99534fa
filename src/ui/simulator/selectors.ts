import type { SimulatorState } from './createSimulatorStore';

// Module-scope selectors: stable identities keep useSyncExternalStore from resubscribing.
export const selectSession = (s: SimulatorState) => s.session;
export const selectScene = (s: SimulatorState) => s.scene;
export const selectRefused = (s: SimulatorState) => s.refused;
export const selectBreakpoints = (s: SimulatorState) => s.breakpoints;
export const selectTestRun = (s: SimulatorState) => s.testRun;
export const selectLoadedFrom = (s: SimulatorState) => s.loadedFrom;
