import { useCallback, useEffect, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), textarea, input:not([tabindex="-1"]), select, [href]';

/**
 * Focus handling every modal dialog shares: while `open`, focus moves to the dialog's first control,
 * Tab and Shift+Tab cycle inside it, Escape calls `onEscape` (when given), and closing gives focus
 * back to what had it before. Spread the returned handler as the dialog's onKeyDown.
 */
export function useModalFocus(ref: RefObject<HTMLElement | null>, open: boolean, onEscape?: () => void) {
  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => previous?.focus?.();
  }, [open, ref]);

  return useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && onEscape) {
        event.preventDefault();
        event.stopPropagation();
        onEscape();
        return;
      }
      if (event.key !== 'Tab' || !ref.current) return;
      const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    },
    [onEscape, ref],
  );
}
