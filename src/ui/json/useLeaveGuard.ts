import { useCallback, useEffect, useRef, useState } from 'react';
import type { DiscardJsonDialogProps } from './DiscardJsonDialog';

export interface LeaveGuard {
  /** Run `leave` now, or after the user agrees to discard the invalid JSON text. */
  requestLeave(leave: () => void): void;
  /** Spread onto <DiscardJsonDialog />. */
  dialog: DiscardJsonDialogProps;
}

/**
 * Guards leaving the JSON tab while its text is invalid (JsonView's onDirtyChange). The shell
 * wraps its tab switch in requestLeave and renders <DiscardJsonDialog {...guard.dialog} />;
 * unmounting JsonView drops the text. Closing or reloading the page asks the browser too.
 */
export function useLeaveGuard(hasInvalidText: boolean): LeaveGuard {
  const [pending, setPending] = useState<(() => void) | null>(null);
  const invalid = useRef(hasInvalidText);
  invalid.current = hasInvalidText;

  useEffect(() => {
    if (!hasInvalidText) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasInvalidText]);

  const requestLeave = useCallback((leave: () => void) => {
    if (invalid.current) setPending(() => leave);
    else leave();
  }, []);

  return {
    requestLeave,
    dialog: {
      open: pending !== null,
      onDiscard() {
        const leave = pending;
        setPending(null);
        leave?.();
      },
      onKeepEditing: () => setPending(null),
    },
  };
}
