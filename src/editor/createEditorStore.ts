import { applyPatches, enablePatches, freeze, produceWithPatches, type Patch } from 'immer';
import type { Flow } from '../schema';
import type { Diagnostic } from '../rules/diagnostic';
import { validateFlow } from '../rules/validateFlow';
import type { Command, CommandContext } from './commands/types';
import { createHistory, type HistoryStep } from './createHistory';
import { describeHistoryStep } from './describeHistoryStep';
import { groupDiagnosticsByNode } from './groupDiagnosticsByNode';
import { pruneSelection } from './pruneSelection';
import { EMPTY_SELECTION, type Selection } from './selection';

enablePatches();

export type { Selection } from './selection';

export interface EditorState {
  /** The document (immer-frozen, structurally shared between revisions). */
  flow: Flow;
  /** validateFlow(flow), recomputed on every document change. */
  diagnostics: Diagnostic[];
  diagnosticsByNode: ReadonlyMap<string, Diagnostic[]>;
  /** View state: never in the document; selecting is never an undo step (undo/redo restore it). */
  selection: Selection;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** +1 on every document change (autosave watches it). */
  revision: number;
  /** Why the last command was refused, or a side effect it reported ("Removed 2 connections…"). */
  notice: { kind: 'refused' | 'info'; message: string } | null;
}

/** 'record': an undo step (default); 'skip': change the document without an undo step. */
export type HistoryMode = 'record' | 'skip';
/** The same gesture id merges consecutive runs into one undo step (a whole drag = one step). */
export interface RunOptions {
  history?: HistoryMode;
  gesture?: string;
}

export interface EditorStore {
  getState(): EditorState;
  /** useSyncExternalStore-compatible: called once per state change. */
  subscribe(listener: () => void): () => void;
  /** Returns false when the command refused or changed nothing. */
  run<A>(command: Command<A>, args: A, options?: RunOptions): boolean;
  undo(): void;
  redo(): void;
  endGesture(): void;
  setSelection(selection: Selection): void;
  /** Replaces the document and clears history (opening a flow). */
  load(flow: Flow): void;
  /**
   * Called synchronously with every document change made by run, undo or redo — the new flow and
   * the patches that made it from the previous one — before any subscriber hears of it, so a
   * journal written here is never behind the screen. `load` is not reported (it has no patches).
   */
  subscribeCommits(listener: CommitListener): () => void;
}

export type CommitListener = (flow: Flow, patches: readonly Patch[]) => void;

export interface EditorStoreOptions {
  historyLimit?: number;
}

export function createEditorStore(initial: Flow, options: EditorStoreOptions = {}): EditorStore {
  const history = createHistory(options.historyLimit ?? 200);
  const listeners = new Set<() => void>();
  const commitListeners = new Set<CommitListener>();
  let state = documentState(freeze(initial, true), EMPTY_SELECTION, 0, null);

  type Checked = Pick<EditorState, 'diagnostics' | 'diagnosticsByNode'>;

  function documentState(flow: Flow, selection: Selection, revision: number, notice: EditorState['notice'], checked?: Checked): EditorState {
    const diagnostics = checked?.diagnostics ?? validateFlow(flow);
    return withHistory({
      flow,
      diagnostics,
      diagnosticsByNode: checked?.diagnosticsByNode ?? groupDiagnosticsByNode(diagnostics),
      selection: pruneSelection(flow, selection),
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
      revision,
      notice,
    });
  }

  function withHistory(next: EditorState): EditorState {
    const undoStep = history.undoStack[history.undoStack.length - 1];
    const redoStep = history.redoStack[history.redoStack.length - 1];
    return {
      ...next,
      canUndo: undoStep !== undefined,
      canRedo: redoStep !== undefined,
      undoLabel: undoStep?.label ?? null,
      redoLabel: redoStep?.label ?? null,
    };
  }

  function publish(next: EditorState) {
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function commit(flow: Flow, selection: Selection, notice: EditorState['notice'], patches?: Patch[]) {
    // Layout never changes behaviour and no rule reads it, so a drag (60 moves a second on a
    // 1,000-node flow) keeps the diagnostics instead of re-validating on every frame.
    const layoutOnly = patches !== undefined && patches.every((p) => p.path[0] === 'layout');
    if (patches) for (const listener of [...commitListeners]) listener(flow, patches);
    publish(documentState(flow, selection, state.revision + 1, notice, layoutOnly ? state : undefined));
  }

  function applyStep(patches: Patch[]): Flow | null {
    try {
      return applyPatches(state.flow, patches);
    } catch {
      // A 'skip' change can leave older steps pointing at array slots that moved; rather than
      // corrupt the document, drop the history that no longer applies.
      history.clear();
      publish(withHistory(state));
      return null;
    }
  }

  /** Undo and redo: take a step off one stack, apply one side of it, put it on the other. */
  function travel(pop: () => HistoryStep | undefined, side: 'patches' | 'inversePatches', push: (step: HistoryStep) => void) {
    const step = pop();
    if (!step) return;
    const flow = applyStep(step[side]);
    if (!flow) return;
    push(step);
    commit(flow, side === 'patches' ? step.selectionAfter : step.selectionBefore, null, step[side]);
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    run(command, args, runOptions = {}) {
      // Assigned from the ctx callbacks; the casts stop TypeScript narrowing them to `null`.
      let refusal = null as string | null;
      let info = null as string | null;
      let proposed = null as Selection | null;
      const ctx: CommandContext = {
        flow: state.flow,
        refuse(reason) {
          refusal = reason;
          return false;
        },
        say(message) {
          info = message;
        },
        select(selection) {
          proposed = selection;
        },
      };
      let refused = false;
      const [flow, patches, inversePatches] = produceWithPatches(state.flow, (draft) => {
        if (command.perform(draft, args, ctx) === false) refused = true;
      });
      if (refused || patches.length === 0) {
        const notice = refusal === null ? null : ({ kind: 'refused', message: refusal } as const);
        if (notice || state.notice) publish({ ...state, notice });
        return false;
      }
      if (runOptions.history === 'skip') {
        history.clearRedo();
      } else {
        const label = describeHistoryStep(command, args, state.flow);
        const selectionAfter = proposed ?? state.selection;
        history.record({ label, patches, inversePatches, selectionBefore: state.selection, selectionAfter }, runOptions.gesture);
      }
      const notice = info === null ? null : ({ kind: 'info', message: info } as const);
      commit(flow, proposed ?? state.selection, notice, patches);
      return true;
    },
    undo() {
      travel(history.popUndo, 'inversePatches', history.pushRedo);
    },
    redo() {
      travel(history.popRedo, 'patches', history.pushUndo);
    },
    endGesture() {
      history.endGesture();
    },
    setSelection(selection) {
      const next = pruneSelection(state.flow, selection);
      if (sameSelection(next, state.selection)) return;
      publish({ ...state, selection: next });
    },
    load(flow) {
      history.clear();
      commit(freeze(flow, true), EMPTY_SELECTION, null);
    },
    subscribeCommits(listener) {
      commitListeners.add(listener);
      return () => commitListeners.delete(listener);
    },
  };
}

function sameSelection(a: Selection, b: Selection): boolean {
  return (
    a.nodeIds.length === b.nodeIds.length &&
    a.edgeIds.length === b.edgeIds.length &&
    a.nodeIds.every((id, i) => id === b.nodeIds[i]) &&
    a.edgeIds.every((id, i) => id === b.edgeIds[i])
  );
}
