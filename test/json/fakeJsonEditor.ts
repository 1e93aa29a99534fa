import type { JsonMarker, TextEdit, TextRange } from '../../src/editor/jsonSync';
import type { JsonEditorHandle, JsonEditorOptions, JsonViewTheme } from '../../src/ui/json/jsonEditorHandle';

/** What the fake editor was asked to do, for assertions. */
export interface FakeEditorLog {
  textarea: HTMLTextAreaElement | null;
  markers: readonly JsonMarker[];
  highlight: { range: TextRange | null; reveal: boolean } | null;
  edits: TextEdit[];
  formats: number;
  theme: JsonViewTheme | null;
  disposed: number;
  /** The options the view created the editor with (its code-action source among them). */
  options: JsonEditorOptions | null;
}

export const fakeEditorLog: FakeEditorLog = { textarea: null, markers: [], highlight: null, edits: [], formats: 0, theme: null, disposed: 0, options: null };

export function resetFakeEditorLog() {
  Object.assign(fakeEditorLog, { textarea: null, markers: [], highlight: null, edits: [], formats: 0, theme: null, disposed: 0, options: null });
}

/**
 * Stands in for createMonacoEditor in jsdom: a labelled textarea that reports input and cursor
 * moves the way the Monaco wrapper does (cursor only while focused, nothing for applyEdit).
 */
export function createFakeEditor(container: HTMLElement, options: JsonEditorOptions): JsonEditorHandle {
  const textarea = document.createElement('textarea');
  textarea.setAttribute('aria-label', options.ariaLabel);
  textarea.value = options.text;
  container.appendChild(textarea);
  textarea.addEventListener('input', () => options.onTextChange(textarea.value));
  const reportCursor = () => {
    if (document.activeElement === textarea) options.onCursorMove(textarea.selectionStart);
  };
  textarea.addEventListener('click', reportCursor);
  textarea.addEventListener('keyup', reportCursor);
  fakeEditorLog.textarea = textarea;
  fakeEditorLog.theme = options.theme;
  fakeEditorLog.options = options;
  return {
    getText: () => textarea.value,
    applyEdit(edit) {
      fakeEditorLog.edits.push(edit);
      const { selectionStart, selectionEnd } = textarea;
      textarea.value = textarea.value.slice(0, edit.start) + edit.text + textarea.value.slice(edit.end);
      textarea.setSelectionRange(selectionStart, selectionEnd);
    },
    setMarkers: (markers) => void (fakeEditorLog.markers = markers),
    highlight: (range, reveal) => void (fakeEditorLog.highlight = { range, reveal }),
    format: () => void fakeEditorLog.formats++,
    setTheme: (theme) => void (fakeEditorLog.theme = theme),
    focus: () => textarea.focus(),
    dispose() {
      fakeEditorLog.disposed++;
      textarea.remove();
    },
  };
}
