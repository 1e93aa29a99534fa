import { nameNode, type Flow } from '../../schema';
import { useEditor } from '../store/useEditor';
import { selectSingleSelectedId } from '../store/selectors';
import { formatClock } from './formatClock';
import { isHalted, shownState, type Session } from './session';
import { nodeOfItem } from './timelineItem';
import { selectBreakpoints } from './selectors';
import { useSimulator } from './useSimulator';
import { useSimulatorStore } from './useSimulatorStore';

const MINUTE = 60_000;
const FAST_FORWARD = [
  { label: '+1 min', name: 'Fast-forward 1 minute', ms: MINUTE },
  { label: '+1 h', name: 'Fast-forward 1 hour', ms: 60 * MINUTE },
  { label: '+1 day', name: 'Fast-forward 1 day', ms: 24 * 60 * MINUTE },
];

interface Props {
  flow: Flow;
  session: Session | null;
  onStart(): void;
  onSave(): void;
}

/** Start/Restart, Step/Continue, the virtual clock with fast-forward, breakpoints, Save as test case. */
export function RunControls({ flow, session, onStart, onSave }: Props) {
  const store = useSimulatorStore();
  const selected = useEditor(selectSingleSelectedId);
  const breakpoints = useSimulator(selectBreakpoints);
  const halted = session ? isHalted(session) : false;
  const state = session ? shownState(session) : null;
  const nextTimer = session && !halted ? session.runtime.nextTimerAt() : null;
  const ended = state?.bot === 'ended';
  const canAdvance = !!session && !halted;
  const selectedNode = selected ? flow.nodes.find((n) => n.id === selected) : undefined;
  const haltedNode = session && halted ? flow.nodes.find((n) => n.id === nodeOfItem(session.timeline[session.revealed])) : undefined;

  return (
    <div className="sim-controls">
      <div className="sim-row" role="group" aria-label="Run">
        <button type="button" className="btn btn-primary btn-sm" onClick={onStart}>
          {session ? 'Restart' : 'Start'}
        </button>
        <button type="button" className="btn btn-sm" disabled={!session} onClick={() => store.stop()}>
          Stop
        </button>
        <span className="sim-sep" aria-hidden="true" />
        <button type="button" className="btn btn-sm" disabled={!halted} onClick={() => store.step()}>
          Step
        </button>
        <button type="button" className="btn btn-sm" disabled={!halted} onClick={() => store.resume()}>
          Continue
        </button>
        <button
          type="button"
          className="btn btn-sm"
          aria-pressed={selected ? breakpoints.has(selected) : false}
          disabled={!selectedNode}
          title={selectedNode ? `Pause the run before ${nameNode(selectedNode, flow)} (F9)` : 'Select a node on the canvas, then toggle its breakpoint (F9)'}
          onClick={() => selected && store.toggleBreakpoint(selected)}
        >
          <span className="sim-bp-dot" aria-hidden="true" /> Breakpoint
        </button>
      </div>
      <div className="sim-row" role="group" aria-label="Virtual clock">
        <output className="sim-clock" aria-label="Simulated time">
          {formatClock(state?.now ?? 0)}
        </output>
        {FAST_FORWARD.map((f) => (
          <button key={f.ms} type="button" className="btn btn-sm" aria-label={f.name} disabled={!canAdvance} onClick={() => store.input({ type: 'advance', ms: f.ms })}>
            {f.label}
          </button>
        ))}
        <button
          type="button"
          className="btn btn-sm"
          disabled={!canAdvance || nextTimer === null}
          onClick={() => nextTimer !== null && session && store.input({ type: 'advance', ms: Math.max(0, nextTimer - session.runtime.state.now) })}
        >
          To next timer{nextTimer !== null ? ` (${formatClock(nextTimer)})` : ''}
        </button>
        <span className="sim-spacer" />
        <button type="button" className="btn btn-sm" disabled={!session || halted || session.events.length === 0} onClick={onSave}>
          Save as test case
        </button>
      </div>
      <p className="sim-run-status" role="status">
        {!session
          ? 'Not running.'
          : haltedNode
            ? `Paused at a breakpoint before ${nameNode(haltedNode, flow)}. Step or Continue.`
            : ended
              ? 'The conversation has ended. Restart to run it again.'
              : `Running · bot ${state?.bot.replace('_', ' ')}`}
      </p>
    </div>
  );
}
