import { useState, type KeyboardEvent } from 'react';
import type { FlowSummary } from '../../storage/flowLibrary';
import { formatTime } from './formatTime';
import { plural } from '../../schema/plural';

interface FlowRowProps {
  flow: FlowSummary;
  onOpen(id: string): void;
  onRename(id: string, name: string): Promise<boolean>;
  onDuplicate(id: string): void;
  onDelete(flow: FlowSummary): void;
}

/** One flow in the library: name (renamed inline), when it changed, its size, and its actions. */
export function FlowRow({ flow, onOpen, onRename, onDuplicate, onDelete }: FlowRowProps) {
  const [draft, setDraft] = useState<string | null>(null);

  async function commit() {
    if (draft === null) return;
    const name = draft.trim();
    if (!name || name === flow.name) return setDraft(null);
    if (await onRename(flow.id, name)) setDraft(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') void commit();
    if (event.key === 'Escape') setDraft(null);
  }

  return (
    <li className="library-row">
      <div className="library-row-main">
        {draft === null ? (
          <span className="library-row-name">{flow.name}</span>
        ) : (
          <input
            className="library-rename"
            aria-label={`New name for ${flow.name}`}
            value={draft}
            maxLength={200}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => void commit()}
          />
        )}
        <span className="library-row-meta">
          Updated {formatTime(flow.updatedAt)} ·{' '}
          {flow.nodeCount === null ? 'cannot be read' : plural(flow.nodeCount, 'node')}
        </span>
        {flow.problem && (
          <span className="library-row-problem" role="note">
            {flow.problem}
          </span>
        )}
      </div>
      <div className="library-row-actions">
        <button
          type="button"
          className="library-primary"
          onClick={() => onOpen(flow.id)}
          disabled={flow.problem !== null}
          aria-label={`Open ${flow.name}`}
        >
          Open
        </button>
        <button type="button" onClick={() => setDraft(flow.name)} aria-label={`Rename ${flow.name}`}>
          Rename
        </button>
        <button type="button" onClick={() => onDuplicate(flow.id)} aria-label={`Duplicate ${flow.name}`} disabled={flow.problem !== null}>
          Duplicate
        </button>
        <button type="button" onClick={() => onDelete(flow)} aria-label={`Delete ${flow.name}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
