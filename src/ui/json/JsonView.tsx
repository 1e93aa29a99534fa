import { useEffect, useRef, useState } from 'react';
import {
  computeTextEdit,
  createJsonSync,
  diagnosticsToMarkers,
  nodeIdAtOffset,
  nodeRange,
  type JsonSync,
  type JsonSyncState,
} from '../../editor/jsonSync';
import type { Diagnostic } from '../../rules/diagnostic';
import type { Flow } from '../../schema';
import { createMonacoEditor } from './createMonacoEditor';
import type { JsonEditorHandle, JsonViewTheme } from './jsonEditorHandle';
import { jsonCodeActions } from './jsonCodeActions';
import './jsonButtons.css';
import './JsonView.css';

export interface JsonViewProps {
  flow: Flow;
  diagnostics: readonly Diagnostic[];
  selectedNodeId: string | null;
  /** A flow parsed from the text: valid against the schema and different from `flow`. */
  onApply(flow: Flow): void;
  onSelectNode(id: string): void;
  /** True while the text cannot be applied (the shell guards leaving the tab). */
  onDirtyChange?(hasInvalidText: boolean): void;
  /** Run a quick fix the editor offered (Monaco code action): one undoable step in the store. */
  onQuickFix?(diagnostic: Diagnostic, fixId: string): void;
  theme: JsonViewTheme;
  debounceMs?: number;
}

// Monaco binds Format Document to Shift+Alt+F, except on Linux (Ctrl+Shift+I), as VS Code does.
const FORMAT_KEYS = typeof navigator !== 'undefined' && navigator.userAgent.includes('Linux') ? 'Control+Shift+I' : 'Shift+Alt+F';

/** Parse issues of invalid text as diagnostics, so they squiggle where they are. */
function issueDiagnostics(state: JsonSyncState): Diagnostic[] {
  // Path '' is broken JSON syntax: Monaco's JSON service already marks it precisely.
  return state.issues
    .filter((issue) => issue.path !== '')
    .map((issue) => ({ code: 'flow.schema', severity: 'error', message: issue.message, path: issue.path, rule: 'schema' }));
}

/**
 * The JSON tab: the flow document in Monaco, two-way with the canvas. Edits apply when they
 * parse and pass the schema; until then the canvas keeps the last valid flow and a banner says
 * why. The cursor inside a node selects it; selecting a node on the canvas reveals its JSON.
 */
export function JsonView({ flow, diagnostics, selectedNodeId, onApply, onSelectNode, onDirtyChange, onQuickFix, theme, debounceMs = 300 }: JsonViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<JsonEditorHandle | null>(null);
  const syncRef = useRef<JsonSync | null>(null);
  const [state, setState] = useState<JsonSyncState | null>(null);
  // Text version: bumps on every applied text so markers and highlights follow the text.
  const [textVersion, setTextVersion] = useState(0);
  // Latest props for callbacks created once at mount.
  const latest = useRef({ flow, diagnostics, selectedNodeId, onApply, onSelectNode, onDirtyChange, onQuickFix, theme });
  latest.current = { flow, diagnostics, selectedNodeId, onApply, onSelectNode, onDirtyChange, onQuickFix, theme };
  // A selection made from the editor's own cursor must not scroll the editor.
  const selectedFromCursor = useRef<string | null>(null);
  const reportedInvalid = useRef(false);

  useEffect(() => {
    const sync = createJsonSync({
      debounceMs,
      onApply: (next) => latest.current.onApply(next),
      onStateChange: (next) => {
        setState(next);
        setTextVersion((v) => v + 1);
      },
    });
    const text = sync.setFlow(latest.current.flow) ?? '';
    const editor = createMonacoEditor(containerRef.current!, {
      text,
      theme: latest.current.theme,
      ariaLabel: 'Flow JSON',
      onTextChange: (next) => sync.editText(next),
      onCursorMove(offset) {
        const id = nodeIdAtOffset(editor.getText(), offset);
        if (id && id !== latest.current.selectedNodeId) {
          selectedFromCursor.current = id;
          latest.current.onSelectNode(id);
        }
      },
      codeActions: {
        // Only while the text is the flow the diagnostics are about (valid and applied).
        actionsAt: (range) => (sync.getState().valid && !sync.getState().pending ? jsonCodeActions(editor.getText(), latest.current.flow, latest.current.diagnostics, range) : []),
        run: (action) => latest.current.onQuickFix?.(action.diagnostic, action.fixId),
      },
    });
    syncRef.current = sync;
    editorRef.current = editor;
    setState(sync.getState());
    return () => {
      // Leaving the tab keeps a valid edit still waiting for its debounce; invalid text is dropped.
      sync.flush();
      sync.dispose();
      editor.dispose();
      syncRef.current = null;
      editorRef.current = null;
      if (reportedInvalid.current) {
        reportedInvalid.current = false;
        latest.current.onDirtyChange?.(false);
      }
    };
  }, [debounceMs]);

  // Canvas → text, only when the flow means something else than the text.
  useEffect(() => {
    const sync = syncRef.current;
    const editor = editorRef.current;
    if (!sync || !editor) return;
    const next = sync.setFlow(flow);
    if (next === null) return;
    const edit = computeTextEdit(editor.getText(), next);
    if (edit) editor.applyEdit(edit);
    setTextVersion((v) => v + 1);
  }, [flow]);

  const valid = state?.valid ?? true;
  useEffect(() => {
    if (reportedInvalid.current === !valid) return;
    reportedInvalid.current = !valid;
    latest.current.onDirtyChange?.(!valid);
  }, [valid]);

  // Markers: validator diagnostics while the text is the flow; parse issues while it is not.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !state || state.pending) return;
    const text = editor.getText();
    editor.setMarkers(diagnosticsToMarkers(text, state.valid ? diagnostics : issueDiagnostics(state)));
  }, [diagnostics, state, textVersion]);

  // Highlight the selected node's JSON; scroll to it only when the canvas selected it.
  const revealedId = useRef<string | null>(null);
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const range = selectedNodeId ? nodeRange(editor.getText(), selectedNodeId) : null;
    const reveal = selectedNodeId !== revealedId.current && selectedFromCursor.current !== selectedNodeId;
    editor.highlight(range, reveal);
    revealedId.current = selectedNodeId;
    selectedFromCursor.current = null;
  }, [selectedNodeId, textVersion]);

  useEffect(() => editorRef.current?.setTheme(theme), [theme]);

  function discard() {
    const sync = syncRef.current;
    const editor = editorRef.current;
    if (!sync || !editor) return;
    const edit = computeTextEdit(editor.getText(), sync.discard());
    if (edit) editor.applyEdit(edit);
    setTextVersion((v) => v + 1);
    editor.focus();
  }

  return (
    <section className="baton-json" aria-label="Flow JSON">
      <div className="baton-json-toolbar" role="toolbar" aria-label="JSON tools">
        <button className="baton-json-button" type="button" aria-keyshortcuts={FORMAT_KEYS} onClick={() => editorRef.current?.format()}>
          Format JSON
        </button>
        {!valid && (
          <button className="baton-json-button" type="button" onClick={discard}>
            Discard invalid JSON
          </button>
        )}
        <span className="baton-json-hint">{FORMAT_KEYS.replace('Control', 'Ctrl')} formats · Ctrl+Space completes · Ctrl+M lets Tab leave the editor</span>
      </div>
      <div role="status" className={valid ? 'baton-json-banner' : 'baton-json-banner baton-json-banner-error'}>
        {state?.banner ?? ''}
      </div>
      <div ref={containerRef} className="baton-json-editor" />
    </section>
  );
}

export default JsonView;
