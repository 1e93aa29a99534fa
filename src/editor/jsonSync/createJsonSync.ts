import type { Flow, ParseIssue } from '../../schema';
import { describeNotApplied } from './describeNotApplied';
import { flowToText } from './flowToText';
import { textToFlow } from './textToFlow';

export interface JsonSyncState {
  /** The text parses and passes the schema (or is waiting for the debounce to find out). */
  valid: boolean;
  /** An edit is waiting for the debounce. */
  pending: boolean;
  /** Why the text is not applied; empty while valid. */
  issues: ParseIssue[];
  /** One-line reason for the banner, or null while valid. */
  banner: string | null;
  /** The canvas changed while the text was invalid; the text no longer shows it. */
  canvasChanged: boolean;
}

export interface JsonSyncOptions {
  /** Called with a flow parsed from the text, only when it differs from the current one. */
  onApply(flow: Flow): void;
  onStateChange?(state: JsonSyncState): void;
  debounceMs?: number;
}

export interface JsonSync {
  /** The canvas has this flow. Returns the text the editor must now show, or null to keep its text. */
  setFlow(flow: Flow): string | null;
  /** The user edited the text; it is applied after the debounce if it parses and passes the schema. */
  editText(text: string): void;
  /** Evaluate a pending edit now (leaving the tab, blur). */
  flush(): void;
  /** Drop invalid text; returns the text of the current flow for the editor to show. */
  discard(): string;
  getText(): string;
  getState(): JsonSyncState;
  dispose(): void;
}

const VALID: JsonSyncState = { valid: true, pending: false, issues: [], banner: null, canvasChanged: false };

/**
 * Decides what flows between the JSON text and the canvas. Framework-free: the React view feeds
 * it text edits and flows and applies the text it returns to Monaco.
 * - Text → canvas: only when the text parses and passes the schema, after a debounce; while it
 *   does not, the canvas keeps the last good flow and the state says why.
 * - Canvas → text: only when the flow differs semantically from what the text says (reformatted
 *   or reordered text is left alone), and never over invalid text the user is still writing.
 */
export function createJsonSync({ onApply, onStateChange, debounceMs = 300 }: JsonSyncOptions): JsonSync {
  let flow: Flow | null = null;
  let flowText = '';
  let text = '';
  /** flowToText of what the text says, while the text is valid and evaluated. */
  let textMeaning = '';
  let state: JsonSyncState = VALID;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function setState(next: JsonSyncState) {
    const changed =
      next.valid !== state.valid ||
      next.pending !== state.pending ||
      next.banner !== state.banner ||
      next.canvasChanged !== state.canvasChanged;
    state = next;
    if (changed) onStateChange?.(state);
  }

  function cancelTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  /** Parses the text; applies it when `apply` and it says something new. Returns whether it is valid. */
  function evaluate(apply: boolean): boolean {
    cancelTimer();
    const result = textToFlow(text);
    if (!result.ok) {
      setState({ valid: false, pending: false, issues: result.issues, banner: describeNotApplied(result.issues, state.canvasChanged), canvasChanged: state.canvasChanged });
      return false;
    }
    textMeaning = flowToText(result.flow);
    setState(VALID);
    if (apply && textMeaning !== flowText) {
      flow = result.flow;
      flowText = textMeaning;
      onApply(result.flow);
    }
    return true;
  }

  return {
    setFlow(next) {
      if (next === flow) return null;
      const nextText = flowToText(next);
      const first = flow === null;
      flow = next;
      if (nextText === flowText && !first) return null;
      flowText = nextText;
      // Evaluate a pending edit without applying it: the canvas wins over valid text,
      // invalid text in progress is kept (with a note that the canvas moved on).
      if (!first && (timer !== null || !state.valid) && !evaluate(false)) {
        setState({ ...state, canvasChanged: true, banner: describeNotApplied(state.issues, true) });
        return null;
      }
      if (!first && textMeaning === nextText) return null;
      text = textMeaning = nextText;
      setState(VALID);
      return text;
    },
    editText(nextText) {
      if (nextText === text) return;
      text = nextText;
      cancelTimer();
      setState({ ...state, pending: true });
      timer = setTimeout(() => evaluate(true), debounceMs);
    },
    flush() {
      if (timer !== null) evaluate(true);
    },
    discard() {
      cancelTimer();
      text = textMeaning = flowText;
      setState(VALID);
      return text;
    },
    getText: () => text,
    getState: () => state,
    dispose: cancelTimer,
  };
}
