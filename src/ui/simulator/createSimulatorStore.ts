import { sceneSchema, type Flow, type InputEvent, type Scene, type TestCase } from '../../schema';
import { runTests, type TestCaseResult } from '../../runtime';
import { computeCoverage, type Coverage } from '../../runtime/computeCoverage';
import type { Diagnostic } from '../../rules/diagnostic';
import { continueSession, replaySession, sendInput, startSession, stepSession, type Session } from './session';
import { locateFailure } from './locateFailure';
import { createCanvasMarks, type CanvasMarks } from './createCanvasMarks';

export interface TestRun {
  /** The document the cases ran on: results are stale once the flow changes. */
  flow: Flow;
  results: TestCaseResult[];
  coverage: Coverage;
  ms: number;
}

/**
 * Simulator and Tests view state. None of it is in the flow document and none of it is an undo
 * step; it outlives the tabs (switching tabs keeps the run) and is kept per editor store.
 */
export interface SimulatorState {
  /** The "Set the scene" form. */
  scene: Scene;
  session: Session | null;
  /** Why the last Start was refused: the flow's errors. */
  refused: Diagnostic[] | null;
  /** Mirrors the canvas marks' breakpoints (F9 and the inspector set them there too). */
  breakpoints: ReadonlySet<string>;
  testRun: TestRun | null;
  /** The test case the session was loaded from, if any. */
  loadedFrom: { id: string; name: string } | null;
}

export interface SimulatorStore {
  getState(): SimulatorState;
  subscribe(listener: () => void): () => void;
  setScene(scene: Scene): void;
  start(flow: Flow): boolean;
  input(event: InputEvent): void;
  step(): void;
  resume(): void;
  stop(): void;
  toggleBreakpoint(nodeId: string): void;
  runAll(flow: Flow): TestRun;
  /** Loads a test case into the simulator; a failing one is replayed to its failing step. */
  openTestCase(flow: Flow, testCase: TestCase, result?: TestCaseResult): boolean;
}

export function createSimulatorStore(marks: CanvasMarks = createCanvasMarks()): SimulatorStore {
  const listeners = new Set<() => void>();
  let state: SimulatorState = {
    scene: sceneSchema.parse({}),
    session: null,
    refused: null,
    breakpoints: marks.getState().breakpoints,
    testRun: null,
    loadedFrom: null,
  };
  const set = (patch: Partial<SimulatorState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };
  marks.subscribe(() => {
    const { breakpoints } = marks.getState();
    if (breakpoints !== state.breakpoints) set({ breakpoints });
  });
  const withSession = (change: (session: Session) => Session) => {
    if (state.session) set({ session: change(state.session) });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setScene: (scene) => set({ scene }),
    start(flow) {
      const started = startSession(flow, state.scene, state.breakpoints);
      if (!started.ok) {
        set({ session: null, refused: started.diagnostics, loadedFrom: null });
        return false;
      }
      set({ session: started.session, refused: null, loadedFrom: null });
      return true;
    },
    input: (event) => withSession((s) => sendInput(s, event, state.breakpoints)),
    step: () => withSession(stepSession),
    resume: () => withSession((s) => continueSession(s, state.breakpoints)),
    stop: () => set({ session: null, refused: null, loadedFrom: null }),
    toggleBreakpoint: (nodeId) => marks.toggleBreakpoint(nodeId),
    runAll(flow) {
      const t0 = performance.now();
      const results = runTests(flow);
      const coverage = computeCoverage(flow);
      const testRun = { flow, results, coverage, ms: performance.now() - t0 };
      set({ testRun });
      return testRun;
    },
    openTestCase(flow, testCase, result) {
      const replayed = replaySession(flow, testCase.scene, testCase.events);
      if (!replayed.ok) {
        set({ session: null, refused: replayed.diagnostics, loadedFrom: null });
        return false;
      }
      const session = replayed.session;
      const revealed = result && !result.pass ? locateFailure(session.timeline, testCase.expect, result) : session.timeline.length;
      set({ scene: testCase.scene, session: { ...session, revealed }, refused: null, loadedFrom: { id: testCase.id, name: testCase.name } });
      return true;
    },
  };
}
