import { useEffect, useId, useRef } from 'react';
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
  const keepRef = useRef<HTMLButtonElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    keepRef.current?.focus();
    return () => previous?.focus?.();
  }, [open]);

  if (!open) return null;

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onKeepEditing();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      (document.activeElement === keepRef.current ? discardRef : keepRef).current?.focus();
    }
  }

  return (
    <div className="baton-json-dialog-backdrop">
      <div
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
          <button ref={keepRef} className="baton-json-button" type="button" onClick={onKeepEditing}>
            Keep editing
          </button>
          <button ref={discardRef} type="button" className="baton-json-button baton-json-danger" onClick={onDiscard}>
            Discard invalid JSON
          </button>
        </div>
      </div>
    </div>
  );
}
