import { useRef } from 'react';
import type { ConflictError } from '../../storage/ConflictError';
import type { ConflictChoice } from '../../storage/createAutosaver';
import { diffFlows } from '../../storage/diffFlows';
import { useModalFocus } from '../shell/useModalFocus';
import { DiffList } from './DiffList';
import { formatTime } from './formatTime';
import './conflictDialog.css';
import './library.css';

interface ConflictDialogProps {
  conflict: ConflictError;
  /** Pass to autosaver.resolveConflict; 'take-theirs' gives the flow to load. */
  onChoose(choice: ConflictChoice): void;
}

/**
 * Shown when another tab saved the same flow: neither version is overwritten until the user picks.
 * Says what each tab changed since the version both started from (when known), so the choice is
 * informed. Modal and focus-trapping on purpose — editing on would deepen the conflict.
 */
export function ConflictDialog({ conflict, onChoose }: ConflictDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  // No Escape: the user must choose, or the conflict would stay.
  const onKeyDown = useModalFocus(dialog, true);
  const { base, mine, theirs, theirSavedAt } = conflict;
  const other = theirSavedAt === undefined ? 'The other tab' : `The other tab (saved ${formatTime(theirSavedAt)})`;

  return (
    <div className="library-backdrop">
      <div
        ref={dialog}
        className="library-dialog conflict-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="conflict-title"
        aria-describedby="conflict-text"
        onKeyDown={onKeyDown}
      >
        <h2 id="conflict-title">“{mine.name}” changed in another tab</h2>
        <p id="conflict-text">
          Another tab saved this flow while you were editing it here. Keep your version (it replaces theirs) or load theirs
          (your unsaved changes here are dropped).
        </p>
        {base ? (
          <>
            <h3 className="conflict-side">This tab</h3>
            <DiffList diff={diffFlows(base, mine)} label="Changes made in this tab" />
            <h3 className="conflict-side">{other}</h3>
            <DiffList diff={diffFlows(base, theirs)} label="Changes made in the other tab" />
          </>
        ) : (
          <DiffList diff={diffFlows(theirs, mine)} label="Your version compared to theirs" />
        )}
        <div className="library-dialog-actions conflict-actions">
          <button type="button" className="library-primary" onClick={() => onChoose('keep-mine')}>
            Keep my version
          </button>
          <button type="button" onClick={() => onChoose('take-theirs')}>
            Load their version
          </button>
        </div>
      </div>
    </div>
  );
}
