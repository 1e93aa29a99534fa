import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Flow } from '../../schema/flow';
import { plural } from '../../schema/plural';
import { diffFlows, type FlowDiff } from '../../storage/diffFlows';
import type { FlowLibrary } from '../../storage/flowLibrary';
import { getFlowLibrary } from '../../storage/getFlowLibrary';
import { listenForSaves } from '../../storage/listenForSaves';
import type { RevisionSummary } from '../../storage/revisionStore';
import { DiffList } from './DiffList';
import { formatTime } from './formatTime';
import './library.css';

interface RevisionsPanelProps {
  flowId: string;
  /** Loads a revision into the editor (as one undoable replace). */
  onRestore(flow: Flow): void;
  /** The flow as edited now, so a checkpoint includes edits autosave has not written yet. */
  getCurrentFlow?: () => Flow;
  library?: FlowLibrary;
}

const titleOf = (r: RevisionSummary) => r.name ?? `Autosave ${formatTime(r.createdAt)}`;

/** Revision history of one flow: named checkpoints, automatic revisions, compare two, restore one. */
export function RevisionsPanel({ flowId, onRestore, getCurrentFlow, library = getFlowLibrary() }: RevisionsPanelProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<number[]>([]);
  const [comparison, setComparison] = useState<{ label: string; diff: FlowDiff } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setRevisions(await library.listRevisions(flowId));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [library, flowId]);

  useEffect(() => {
    void refresh();
    // Saves (this tab's autosave included) may add an automatic revision.
    return listenForSaves((m) => m.flowId === flowId && void refresh());
  }, [refresh, flowId]);

  async function run(action: () => Promise<void>) {
    try {
      await action();
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  function onCheckpoint(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await library.createCheckpoint(flowId, name, getCurrentFlow?.());
      setName('');
      await refresh();
    });
  }

  function toggle(seq: number) {
    setComparison(null);
    setSelected((current) => (current.includes(seq) ? current.filter((s) => s !== seq) : [...current, seq].slice(-2)));
  }

  function onCompare() {
    void run(async () => {
      // Older first, so the diff reads as what happened since.
      const [older, newer] = revisions.filter((r) => selected.includes(r.seq)).reverse();
      const [a, b] = await Promise.all([library.restoreRevision(older.seq), library.restoreRevision(newer.seq)]);
      setComparison({ label: `Changes from ${titleOf(older)} to ${titleOf(newer)}`, diff: diffFlows(a, b) });
    });
  }

  return (
    <section className="library-revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title">Revisions</h2>
      <form className="library-checkpoint" onSubmit={onCheckpoint}>
        <label>
          Checkpoint name
          <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} placeholder="e.g. Before voice changes" />
        </label>
        <button type="submit" disabled={!name.trim()}>
          Create checkpoint
        </button>
      </form>
      {error && (
        <p className="library-error" role="alert">
          {error}
        </p>
      )}
      {revisions.length === 0 ? (
        <p className="library-muted">No revisions yet. Baton keeps one every few minutes while you edit.</p>
      ) : (
        <ul className="library-list">
          {revisions.map((r) => (
            <li key={r.seq} className="library-row">
              <label className="library-row-main">
                <input type="checkbox" checked={selected.includes(r.seq)} onChange={() => toggle(r.seq)} aria-label={`Select ${titleOf(r)} to compare`} />
                <span className="library-row-name">{titleOf(r)}</span>
                <span className="library-row-meta">
                  {formatTime(r.createdAt)} · {r.problem ?? (r.nodeCount === null ? 'cannot be read' : plural(r.nodeCount, 'node'))}
                </span>
              </label>
              <button
                type="button"
                aria-label={`Restore ${titleOf(r)}`}
                disabled={r.problem !== null}
                onClick={() => void run(async () => onRestore(await library.restoreRevision(r.seq)))}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onCompare} disabled={selected.length !== 2}>
        Compare
      </button>
      {comparison && <DiffList diff={comparison.diff} label={comparison.label} />}
    </section>
  );
}
