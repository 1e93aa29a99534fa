import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ParseIssue } from '../../schema/parseFlow';
import { createBlankFlow } from '../../storage/createBlankFlow';
import type { FlowLibrary, FlowSummary } from '../../storage/flowLibrary';
import { getFlowLibrary } from '../../storage/getFlowLibrary';
import { importFlowFile } from '../../storage/importFlowFile';
import { instantiateTemplate } from '../../storage/instantiateTemplate';
import type { FlowTemplate } from '../../storage/templates';
import { useTheme } from '../shell/useTheme';
import { FlowRow } from './FlowRow';
import { IssueList } from './IssueList';
import { TemplateCards } from './TemplateCards';
import { UndoToast } from './UndoToast';
import { useFlowList } from './useFlowList';
import { useStarterTemplates } from './useStarterTemplates';
import './library.css';

/** Deleted flows can be restored (Undo) until they are purged, a week after deletion. */
const PURGE_AFTER_MS = 7 * 24 * 3600 * 1000;

export interface LibraryScreenProps {
  onOpen(flowId: string): void;
  /** The library to show; the app's shared one by default (tests pass their own). */
  library?: FlowLibrary;
  /** The templates to offer; the example files, loaded when the screen first shows, by default. */
  templates?: readonly FlowTemplate[];
}

/** The flow library: every saved flow, starter templates, import, and per-flow actions. */
export function LibraryScreen({ onOpen, library = getFlowLibrary(), templates }: LibraryScreenProps) {
  const { flows, error, refresh } = useFlowList(library);
  const starters = useStarterTemplates(templates);
  const [actionError, setActionError] = useState<string | null>(null);
  const [importIssues, setImportIssues] = useState<{ file: string; issues: ParseIssue[] } | null>(null);
  const [deleted, setDeleted] = useState<FlowSummary | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The library follows the same theme as the editor (the system's until the user picks one).
  useTheme();

  useEffect(() => {
    // Housekeeping only: a failure here must not hide the library, and the next visit retries.
    library.purgeDeleted(PURGE_AFTER_MS).catch(() => {});
  }, [library]);

  /** Runs a library action, showing its error instead of throwing; resolves to whether it worked. */
  const attempt = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      try {
        await action();
        setActionError(null);
        return true;
      } catch (e) {
        setActionError((e as Error).message);
        return false;
      } finally {
        await refresh();
      }
    },
    [refresh],
  );

  const createAndOpen = (make: () => ReturnType<FlowLibrary['createFlow']>) =>
    attempt(async () => onOpen((await make()).flow.id));

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // picking the same file again must fire change again
    if (!file) return;
    const result = await importFlowFile(file);
    if (!result.ok) return setImportIssues({ file: file.name, issues: result.issues });
    setImportIssues(null);
    await createAndOpen(() => library.createFlow(result.flow, { ifIdTaken: 'fresh-id' }));
  }

  function onDelete(flow: FlowSummary) {
    void attempt(() => library.deleteFlow(flow.id)).then((ok) => ok && setDeleted(flow));
  }

  function onUndo() {
    if (!deleted) return;
    const id = deleted.id;
    setDeleted(null);
    void attempt(() => library.restoreFlow(id));
  }

  const dismissToast = useCallback(() => setDeleted(null), []);
  const empty = flows !== null && flows.length === 0;

  return (
    <section className="library" aria-labelledby="library-title">
      <header className="library-header">
        <h1 id="library-title">Flows</h1>
        <div className="library-header-actions">
          <button type="button" className="library-primary" onClick={() => void createAndOpen(() => library.createFlow(createBlankFlow()))}>
            New blank flow
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Import flow…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-label="Import flow file"
            className="visually-hidden"
            tabIndex={-1}
            onChange={(e) => void onImport(e)}
          />
        </div>
      </header>

      {(error || actionError) && (
        <p className="library-error" role="alert">
          {actionError ?? error}
        </p>
      )}
      {importIssues && <IssueList title={`${importIssues.file} was not imported; nothing changed:`} issues={importIssues.issues} />}

      {flows === null && <p aria-live="polite">Loading flows…</p>}
      {flows && flows.length > 0 && (
        <section aria-labelledby="library-saved">
          <h2 id="library-saved">Your flows</h2>
          <ul className="library-list">
            {flows.map((flow) => (
              <FlowRow
                key={flow.id}
                flow={flow}
                onOpen={onOpen}
                onRename={(id, name) => attempt(() => library.renameFlow(id, name))}
                onDuplicate={(id) => void attempt(() => library.duplicateFlow(id))}
                onDelete={onDelete}
              />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="library-start">
        <h2 id="library-start">{empty ? 'Start from a template' : 'Templates'}</h2>
        {empty && <p className="library-muted">No flows yet. Pick a starting point, begin blank, or import a .baton.json file.</p>}
        {starters.status === 'loading' && <p role="status">Loading templates…</p>}
        {starters.status === 'failed' && (
          <p className="library-error" role="alert">
            {starters.message}{' '}
            <button type="button" onClick={starters.retry}>
              Try again
            </button>
          </p>
        )}
        {starters.status === 'ready' && (
          <TemplateCards templates={starters.templates} onUse={(t) => void createAndOpen(() => library.createFlow(instantiateTemplate(t)))} />
        )}
      </section>

      {deleted && <UndoToast message={`Deleted ${deleted.name}`} onUndo={onUndo} onDismiss={dismissToast} />}
    </section>
  );
}
