import { useEffect, useState } from 'react';
import { useEditor } from '../store/useEditor';
import { selectNotice } from '../store/selectors';

/** Why the last command was refused, or what it did on the side ("Removed 2 connections…"). */
export function Notice({ extra, onDismissExtra }: { extra?: string | null; onDismissExtra?: () => void }) {
  const notice = useEditor(selectNotice);
  const [hidden, setHidden] = useState<object | null>(null);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setHidden(notice), 6000);
    return () => clearTimeout(t);
  }, [notice]);
  const message = extra ?? (notice && hidden !== notice ? notice.message : null);
  const kind = extra ? 'refused' : notice?.kind;
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {message && (
        <div className={`notice notice-${kind}`}>
          <span>{message}</span>
          <button type="button" className="btn btn-ghost btn-sm" aria-label="Dismiss" onClick={() => (extra ? onDismissExtra?.() : setHidden(notice))}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
