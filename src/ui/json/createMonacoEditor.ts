import type { JsonMarker, TextEdit, TextRange } from '../../editor/jsonSync';
import type { JsonEditorHandle, JsonEditorOptions, JsonViewTheme } from './jsonEditorHandle';
import { bindFlowSchema, FLOW_MODEL_URI, monaco } from './monacoSetup';
import { registerJsonCodeActions } from './registerJsonCodeActions';

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

const themeName = (theme: JsonViewTheme) => (theme === 'dark' ? 'vs-dark' : 'vs');

/** Monaco behind the JsonEditorHandle interface: the only place the JSON view touches Monaco's API. */
export function createMonacoEditor(container: HTMLElement, options: JsonEditorOptions): JsonEditorHandle {
  const uri = monaco.Uri.parse(FLOW_MODEL_URI);
  // One JSON view at a time owns the schema-bound URI (React StrictMode mounts twice).
  monaco.editor.getModel(uri)?.dispose();
  bindFlowSchema(options.text);
  const model = monaco.editor.createModel(options.text, 'json', uri);
  model.updateOptions({ tabSize: 2, insertSpaces: true });
  const editor = monaco.editor.create(container, {
    model,
    theme: themeName(options.theme),
    ariaLabel: options.ariaLabel,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    fontSize: 13,
    tabSize: 2,
    formatOnPaste: false,
    // A plain <textarea> instead of Chromium's EditContext: the canvas (React Flow) ignores key
    // presses only in inputs and textareas, and otherwise takes Space (pan) from the JSON text.
    editContext: false,
  });
  const highlights = editor.createDecorationsCollection();
  const codeActions = options.codeActions ? registerJsonCodeActions(model, options.codeActions) : null;

  // Monaco scrolls virtually; its overflow-hidden layers must stay at DOM scroll 0. In a short
  // bottom panel Chromium scrolls them to show the caret of Monaco's hidden input, which slides
  // the text out of view, so undo any such native scroll.
  const onNativeScroll = (event: Event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.tagName === 'TEXTAREA') return;
    if (target.scrollLeft !== 0) target.scrollLeft = 0;
    if (target.scrollTop !== 0 && target !== container) target.scrollTop = 0;
  };
  container.addEventListener('scroll', onNativeScroll, true);
  let applying = false;

  const toRange = ({ start, end }: TextRange) => {
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
  };

  const subscriptions = [
    model.onDidChangeContent(() => {
      const text = model.getValue();
      bindFlowSchema(text);
      if (!applying) options.onTextChange(text);
    }),
    editor.onDidChangeCursorPosition((event) => {
      if (!applying && editor.hasTextFocus()) options.onCursorMove(model.getOffsetAt(event.position));
    }),
  ];

  return {
    getText: () => model.getValue(),
    applyEdit(edit: TextEdit) {
      applying = true;
      try {
        editor.pushUndoStop();
        // pushEditOperations keeps the user's selection (shifted past the edit) and scroll.
        model.pushEditOperations(editor.getSelections(), [{ range: toRange(edit), text: edit.text }], () => null);
        editor.pushUndoStop();
      } finally {
        applying = false;
      }
    },
    setMarkers(markers: readonly JsonMarker[]) {
      monaco.editor.setModelMarkers(
        model,
        'baton',
        markers.map((marker) => ({
          ...toRange({ start: marker.startOffset, end: marker.endOffset }),
          severity: SEVERITY[marker.severity],
          // The message already ends with the code, "… (voice.destination.invalid)", as in the
          // Problems tab; Monaco would print a marker's `code` a second time after the source.
          message: marker.message,
          source: 'Baton',
        })),
      );
    },
    highlight(range, reveal) {
      if (!range) {
        highlights.clear();
        return;
      }
      const lines = toRange(range);
      highlights.set([{ range: lines, options: { isWholeLine: true, className: 'baton-json-selected', linesDecorationsClassName: 'baton-json-selected-gutter' } }]);
      if (reveal) editor.revealRangeInCenterIfOutsideViewport(lines, monaco.editor.ScrollType.Smooth);
    },
    format() {
      void editor.getAction('editor.action.formatDocument')?.run();
    },
    setTheme: (theme) => monaco.editor.setTheme(themeName(theme)),
    focus: () => editor.focus(),
    dispose() {
      subscriptions.forEach((s) => s.dispose());
      codeActions?.dispose();
      container.removeEventListener('scroll', onNativeScroll, true);
      editor.dispose();
      model.dispose();
    },
  };
}
