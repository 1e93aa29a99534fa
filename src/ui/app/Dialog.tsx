import { useId, useRef, type ReactNode } from 'react';
import { useModalFocus } from '../shell/useModalFocus';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal dialog: labelled by its title, focus moves in on open, Tab stays inside, Escape closes
 * and focus goes back to what had it before.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const onKeyDown = useModalFocus(ref, true, onClose);

  return (
    <div className="library-backdrop">
      <div ref={ref} className="library-dialog app-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
