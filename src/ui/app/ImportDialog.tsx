import { useRef, useState, type ChangeEvent } from 'react';
import type { ParseIssue } from '../../schema/parseFlow';
import { MAX_FLOW_BYTES } from '../../schema/parseFlow';
import { IssueList } from '../library/IssueList';
import { Dialog } from './Dialog';

export interface ImportFailure {
  /** What was imported: a file name, "Pasted text", "Dropped file x.json". */
  source: string;
  issues: ParseIssue[];
}

interface ImportDialogProps {
  failure: ImportFailure | null;
  busy: boolean;
  onFile(file: File): void;
  onText(text: string): void;
  onClose(): void;
}

/**
 * Import from a file or from pasted text. Imports never touch the open flow: a good file becomes a
 * new flow in the library and opens; a bad one is refused with every problem listed.
 */
export function ImportDialog({ failure, busy, onFile, onText, onClose }: ImportDialogProps) {
  const [text, setText] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // picking the same file again must fire change again
    if (file) onFile(file);
  }

  return (
    <Dialog title="Import a flow" onClose={onClose}>
      <p className="library-muted">
        The imported flow is added to your library as a new flow and opens in the editor. The flow open now stays as it
        is. Files up to {MAX_FLOW_BYTES / 1048576} MB; older versions of the format are upgraded.
      </p>
      {failure && <IssueList title={`${failure.source} was not imported; nothing changed:`} issues={failure.issues} />}
      <div className="library-dialog-actions">
        <button type="button" className="library-primary" disabled={busy} onClick={() => fileInput.current?.click()}>
          Choose file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label="Flow file to import"
          className="visually-hidden"
          tabIndex={-1}
          onChange={onPick}
        />
      </div>
      <label className="app-import-text">
        Or paste flow JSON
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={8} spellCheck={false} placeholder='{ "format": "baton.flow", … }' />
      </label>
      <div className="library-dialog-actions">
        <button type="button" disabled={busy || !text.trim()} onClick={() => onText(text)}>
          Import text
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
