import { Suspense, useEffect, useMemo, useState } from 'react';
import type { FlowLibrary } from '../../storage/flowLibrary';
import { getFlowLibrary } from '../../storage/getFlowLibrary';
import { createUnsavedJournal, type UnsavedJournal } from './createUnsavedJournal';
import { FlowEditor } from './FlowEditor';
import { LibraryScreen } from './lazyScreens';
import { LibraryContext } from './LibraryContext';
import { useHashRoute, type Navigate } from './useHashRoute';
import { useOpenFlow } from './useOpenFlow';
import { useStorageProblem } from './useStorageProblem';
import './app.css';

export interface RootProps {
  /** The library to run on; the app's shared IndexedDB one by default (tests pass their own). */
  library?: FlowLibrary;
  /** Where edits not yet in IndexedDB are kept across a reload; this tab's sessionStorage by default. */
  journal?: UnsavedJournal;
}

/**
 * The app: the library ⇄ one flow in the editor, routed by the URL hash (`#/flow/ID`, `#/library`)
 * so a reload reopens what was open. With no hash it reopens the last flow, or shows the library
 * (a new user meets the starter templates there).
 */
export function Root({ library = getFlowLibrary(), journal: givenJournal }: RootProps) {
  const [route, navigate] = useHashRoute();
  const journal = useMemo(() => givenJournal ?? createUnsavedJournal(), [givenJournal]);
  const memoryOnly = useStorageProblem(library);

  useEffect(() => {
    if (route.kind !== 'start') return;
    let cancelled = false;
    library.getLastOpened().then(
      (flowId) => !cancelled && navigate(flowId ? { kind: 'flow', flowId } : { kind: 'library' }, { replace: true }),
      // No storage (private mode): the library screen says so and still offers templates.
      () => !cancelled && navigate({ kind: 'library' }, { replace: true }),
    );
    return () => {
      cancelled = true;
    };
  }, [route.kind, library, navigate]);

  return (
    <LibraryContext.Provider value={library}>
      {route.kind === 'start' && (
        <main className="app-loading">
          <p role="status">Opening Baton…</p>
        </main>
      )}
      {route.kind === 'library' && (
        <main>
          {memoryOnly && (
            <div className="app-banner app-banner-error" role="alert">
              <span>
                <strong>Not saved in this browser.</strong> {memoryOnly.message}; open a flow and export it to keep a copy.
              </span>
            </div>
          )}
          <Suspense fallback={<p role="status" className="app-loading">Opening the library…</p>}>
            <LibraryScreen library={library} onOpen={(flowId) => navigate({ kind: 'flow', flowId })} />
          </Suspense>
        </main>
      )}
      {route.kind === 'flow' && <FlowRoute key={route.flowId} library={library} journal={journal} flowId={route.flowId} navigate={navigate} />}
    </LibraryContext.Provider>
  );
}

interface FlowRouteProps {
  library: FlowLibrary;
  journal: UnsavedJournal;
  flowId: string;
  navigate: Navigate;
}

/** One flow; "Load latest version" remounts it so it is read from the library afresh. */
function FlowRoute(props: FlowRouteProps) {
  const [generation, setGeneration] = useState(0);
  return <OpenedFlowRoute key={generation} {...props} onReload={() => setGeneration((g) => g + 1)} />;
}

function OpenedFlowRoute({ library, journal, flowId, navigate, onReload }: FlowRouteProps & { onReload(): void }) {
  const state = useOpenFlow(library, flowId, journal);
  const toLibrary = () => navigate({ kind: 'library' });
  if (state.status === 'loading') {
    return (
      <main className="app-loading">
        <p role="status">Opening flow…</p>
      </main>
    );
  }
  if (state.status === 'failed') {
    return (
      <main className="app-loading" aria-labelledby="open-failed">
        <h1 id="open-failed">This flow could not be opened</h1>
        <p role="alert">{state.message}</p>
        <button type="button" className="btn btn-primary" onClick={toLibrary}>
          Go to the library
        </button>
      </main>
    );
  }
  return (
    <FlowEditor
      library={library}
      opened={state.opened}
      recovered={state.recovered}
      journal={journal}
      onLibrary={toLibrary}
      onOpenFlow={(id) => navigate({ kind: 'flow', flowId: id })}
      onReload={onReload}
    />
  );
}
