import { useId, useRef } from 'react';
import { useModalFocus } from '../shell/useModalFocus';
import './jsonButtons.css';
import './DiscardJsonDialog.css';

export interface DiscardJsonDialogProps {
  open: boolean;
  onDiscard(): void;
  onKeepEditing(): void;
}

/**
 * Asks before leaving the JSON tab with text that could not be applied. Modal: focus starts on
 * the safe choice, Tab stays between the two buttons, Escape keeps editing, and focus returns
 * to where it was.
 */
export function DiscardJsonDialog({ open, onDiscard, onKeepEditing }: DiscardJsonDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  // The first button is the safe choice, so focus starts on "Keep editing".
  const onKeyDown = useModalFocus(dialogRef, open, onKeepEditing);

  if (!open) return null;

  return (
    <div className="baton-json-dialog-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="baton-json-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>Discard invalid JSON?</h2>
        <p id={descriptionId}>
          The JSON text has problems, so it was not applied. The canvas keeps the last valid flow; leaving throws the text away.
        </p>
        <div className="baton-json-dialog-actions">
          <button className="baton-json-button" type="button" onClick={onKeepEditing}>
            Keep editing
          </button>
          <button type="button" className="baton-json-button baton-json-danger" onClick={onDiscard}>
            Discard invalid JSON
          </button>
        </div>
      </div>
    </div>
  );
}
