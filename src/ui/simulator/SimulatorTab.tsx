import { useMemo, useState } from 'react';
import type { Effect } from '../../runtime';
import { useEditor } from '../store/useEditor';
import { selectDiagnostics, selectFlow } from '../store/selectors';
import { AgentPanel } from './AgentPanel';
import { BreakpointList } from './BreakpointList';
import { Composer } from './Composer';
import { ContactPanel } from './ContactPanel';
import { FlowErrors } from './FlowErrors';
import { InboxPanel } from './InboxPanel';
import { NotificationsPanel } from './NotificationsPanel';
import { openPanelTab } from './openPanelTab';
import { ProviderRequests } from './ProviderRequests';
import { RunControls } from './RunControls';
import { SaveTestCaseForm } from './SaveTestCaseForm';
import { SceneForm } from './SceneForm';
import { isHalted, shownState } from './session';
import { isStale } from './isStale';
import { selectLoadedFrom, selectRefused, selectSession } from './selectors';
import { useCanvasMarks } from './useCanvasMarks';
import { Transcript } from './Transcript';
import { OwnershipLane } from './OwnershipLane';
import { useSimulator } from './useSimulator';
import { useSimulatorStore } from './useSimulatorStore';
import { WaitingPanel } from './WaitingPanel';
import './simulator.css';

/**
 * The Simulator tab: set the scene, talk to the bot as the user, act as the agent and the clock,
 * and watch the run on the canvas. It is the same engine as the Tests tab and the CLI.
 */
export function SimulatorTab() {
  const store = useSimulatorStore();
  // The inspector holds the marks too; holding them here keeps them drawn when it is collapsed.
  useCanvasMarks();
  const flow = useEditor(selectFlow);
  const diagnostics = useEditor(selectDiagnostics);
  const session = useSimulator(selectSession);
  const refused = useSimulator(selectRefused);
  const loadedFrom = useSimulator(selectLoadedFrom);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = useMemo(() => diagnostics.filter((d) => d.severity === 'error'), [diagnostics]);
  const shown = useMemo(
    () => (session ? session.timeline.slice(0, session.revealed).flatMap((i): Effect[] => (i.kind === 'effect' ? [i.effect] : [])) : []),
    [session],
  );
  const state = session ? shownState(session) : null;
  const stale = session ? isStale(session.flow, flow) : false;
  const inputsOff = !session || isHalted(session) || state?.bot === 'ended';

  function start() {
    setSaving(false);
    setSaved(null);
    store.start(flow);
  }

  return (
    <div className="sim">
      <RunControls flow={flow} session={session} onStart={start} onSave={() => (setSaving(true), setSaved(null))} />
      {errors.length > 0 && !session ? (
        <FlowErrors flow={flow} errors={errors} />
      ) : (
        refused && <FlowErrors flow={flow} errors={refused} />
      )}
      {stale && (
        <p className="sim-banner" role="status">
          The flow has changed since this run started. <button type="button" className="btn btn-sm" onClick={start}>Restart with the new version</button>
        </p>
      )}
      {loadedFrom && !saving && (
        <p className="sim-banner sim-banner-info">
          Replaying test case “{loadedFrom.name}”{session && isHalted(session) ? ', stopped where it goes wrong: Step to see what happens instead.' : '.'}
        </p>
      )}
      {saved && (
        <p className="sim-banner sim-banner-success" role="status">
          Saved “{saved}” to the flow’s test cases.{' '}
          <button type="button" className="btn btn-sm" onClick={() => openPanelTab('tests')}>
            Open the Tests tab
          </button>
        </p>
      )}
      {saving && session ? (
        <SaveTestCaseForm
          flow={flow}
          session={session}
          onDone={(name) => {
            setSaving(false);
            setSaved(name);
          }}
        />
      ) : (
        <div className="sim-grid">
          <div className="sim-col sim-col-scene">
            <SceneForm />
            <BreakpointList flow={flow} />
          </div>
          <div className="sim-col sim-col-chat" aria-label="Conversation" role="region">
            {state && <OwnershipLane effects={shown} now={state.now} />}
            <Transcript session={session} flow={flow} />
            {state && <Composer state={state} disabled={inputsOff} />}
          </div>
          <div className="sim-col sim-col-side">
            {state && (
              <>
                <AgentPanel flow={flow} state={state} disabled={!session || isHalted(session)} />
                <WaitingPanel state={state} disabled={!session || isHalted(session)} />
                <ProviderRequests flow={flow} effects={shown} />
                <ContactPanel flow={flow} state={state} />
                <InboxPanel flow={flow} state={state} />
                <NotificationsPanel flow={flow} effects={shown} />
              </>
            )}
            {!state && <p className="sim-hint">The agent, the contact, the Live chat inbox, staff notifications and provider requests appear here once the run starts.</p>}
          </div>
        </div>
      )}
    </div>
  );
}
