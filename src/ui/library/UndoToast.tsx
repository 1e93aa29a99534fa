import { useEffect } from 'react';

interface UndoToastProps {
  message: string;
  onUndo(): void;
  onDismiss(): void;
  /** How long the toast stays; long enough to read and reach with the keyboard. */
  timeoutMs?: number;
}

/** A polite status message with an "Undo" button, e.g. after deleting a flow. */
export function UndoToast({ message, onUndo, onDismiss, timeoutMs = 10_000 }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDismiss, timeoutMs]);

  return (
    <div className="library-toast" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
