import type { ReactNode } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import { plural } from '../../schema/plural';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { FlowNameInput } from './FlowNameInput';
import type { Theme } from './useTheme';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';
const SAVE_LABELS: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', error: 'Not saved' };

const selectHistory = (s: EditorState) => `${s.canUndo}|${s.canRedo}|${s.undoLabel ?? ''}|${s.redoLabel ?? ''}`;
const selectCounts = (s: EditorState) => {
  let errors = 0;
  let warnings = 0;
  for (const d of s.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return `${errors}|${warnings}`;
};

export interface HeaderProps {
  saveState?: SaveState;
  /** Why the last save failed, said briefly ("storage is full"); shown as "Not saved — <reason>". */
  saveReason?: string;
  theme: Theme;
  onToggleTheme(): void;
  onOpenProblems(): void;
  onImport?: () => void;
  onExport?: () => void;
  onSimulate?: () => void;
  /** Extra controls from the app (e.g. the library's flow switcher), shown before the name. */
  leading?: ReactNode;
  /** The app's export control (a menu); replaces the plain Export button when given. */
  exportMenu?: ReactNode;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Top bar: name, save state, history, import/export, problems count, simulate, theme. */
export function Header({ saveState, saveReason, exportMenu, theme, onToggleTheme, onOpenProblems, onImport, onExport, onSimulate, leading }: HeaderProps) {
  const store = useEditorStore();
  const [canUndo, canRedo, undoLabel, redoLabel] = useEditor(selectHistory).split('|');
  const [errors, warnings] = useEditor(selectCounts).split('|').map(Number);
  const problems = errors + warnings;
  return (
    <header className="app-header">
      {/* The page's one top heading, for screen-reader navigation; the flow name is an input. */}
      <h1 className="visually-hidden">Baton flow editor</h1>
      <div className="app-brand" aria-hidden="true">
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <path d="M4 20 20 4" />
          <path d="M14 4h6v6" />
        </svg>
      </div>
      {leading}
      <FlowNameInput />
      {saveState && (
        <span className={`save-state save-${saveState}`} role="status">
          {saveState === 'error' && saveReason ? `${SAVE_LABELS.error} — ${saveReason}` : SAVE_LABELS[saveState]}
        </span>
      )}
      <div className="header-group" role="group" aria-label="History">
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Undo" title={canUndo === 'true' ? `Undo ${undoLabel} (${MOD}Z)` : 'Nothing to undo'} disabled={canUndo !== 'true'} onClick={() => store.undo()}>
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true"><path d="M9 14 4 9l5-5" /><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" /></svg>
        </button>
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Redo" title={canRedo === 'true' ? `Redo ${redoLabel} (${MOD}Shift+Z)` : 'Nothing to redo'} disabled={canRedo !== 'true'} onClick={() => store.redo()}>
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true"><path d="m15 14 5-5-5-5" /><path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" /></svg>
        </button>
      </div>
      <div className="header-spacer" />
      <button
        type="button"
        className={`btn problems-btn${errors ? ' has-errors' : warnings ? ' has-warnings' : ''}`}
        onClick={onOpenProblems}
        aria-label={problems ? `Problems: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'Problems: none'}
      >
        <span className="problems-dot" aria-hidden="true" />
        {problems ? plural(problems, 'problem') : 'No problems'}
      </button>
      {onImport && (
        <button type="button" className="btn" onClick={onImport}>
          Import
        </button>
      )}
      {exportMenu ?? (onExport && (
        <button type="button" className="btn" onClick={onExport}>
          Export
        </button>
      ))}
      <button type="button" className="btn btn-ghost btn-icon" onClick={onToggleTheme} aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'} title="Toggle theme">
        {theme === 'dark' ? (
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true"><circle cx="12" cy="12" r="4" /><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" /></svg>
        ) : (
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true"><path d="M12 3a6 6 0 0 0 9 9 9 9 0 1 1-9-9z" /></svg>
        )}
      </button>
      {onSimulate && (
        <button type="button" className="btn btn-primary" onClick={onSimulate}>
          <svg width="14" height="14" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M7 4v16l13-8z" /></svg>
          Simulate
        </button>
      )}
    </header>
  );
}
