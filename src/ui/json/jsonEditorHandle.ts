import type { JsonMarker, TextEdit, TextRange } from '../../editor/jsonSync';
import type { JsonCodeActionSource } from './jsonCodeActions';

export type JsonViewTheme = 'light' | 'dark';

export interface JsonEditorOptions {
  text: string;
  theme: JsonViewTheme;
  /** Accessible name of the editing area (Monaco's hidden textarea). */
  ariaLabel: string;
  /** The user changed the text (not called for `applyEdit`). */
  onTextChange(text: string): void;
  /** The user moved the cursor (mouse or keyboard, with the editor focused). */
  onCursorMove(offset: number): void;
  /** Quick fixes for the squiggles (Monaco code actions); none when absent. */
  codeActions?: JsonCodeActionSource;
}

/**
 * What the JSON view needs from a code editor, in offsets. createMonacoEditor implements it with
 * Monaco; component tests mock that module with a textarea, so jsdom never loads Monaco.
 */
export interface JsonEditorHandle {
  getText(): string;
  /** Apply a replacement made elsewhere (the canvas), keeping cursor and scroll. */
  applyEdit(edit: TextEdit): void;
  setMarkers(markers: readonly JsonMarker[]): void;
  /** Highlight a node's lines (null clears) and scroll them into view if asked. */
  highlight(range: TextRange | null, reveal: boolean): void;
  format(): void;
  setTheme(theme: JsonViewTheme): void;
  focus(): void;
  dispose(): void;
}
