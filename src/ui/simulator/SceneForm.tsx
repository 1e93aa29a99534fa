import { useId } from 'react';
import { CHANNELS, CHANNEL_LABELS, TRANSFER_OUTCOMES, type Channel, type Scene, type TransferOutcome } from '../../schema';
import { selectScene } from './selectors';
import { useSimulator } from './useSimulator';
import { useSimulatorStore } from './useSimulatorStore';
import { OUTCOME_LABELS } from './outcomeLabels';
import { SceneClock } from './SceneClock';
import { QueueSceneFields } from './QueueSceneFields';

/** "Set the scene": the world the next Start (or Restart) begins in. */
export function SceneForm() {
  const store = useSimulatorStore();
  const scene = useSimulator(selectScene);
  const id = useId();
  const update = (patch: Partial<Scene>) => store.setScene({ ...store.getState().scene, ...patch });
  const variables = Object.entries(scene.variables);
  const setVariables = (entries: [string, string][]) => update({ variables: Object.fromEntries(entries) });

  return (
    <form className="sim-scene" aria-label="Scene" onSubmit={(e) => e.preventDefault()}>
      <h3 className="panel-heading">Set the scene</h3>
      <label className="sim-field" htmlFor={`${id}-channel`}>
        <span>Channel</span>
        <select id={`${id}-channel`} value={scene.channel} onChange={(e) => update({ channel: e.target.value as Channel })}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="sim-check">
        <input type="checkbox" checked={scene.contactAssigned} onChange={(e) => update({ contactAssigned: e.target.checked })} />
        Contact already assigned
      </label>
      <label className="sim-check">
        <input type="checkbox" checked={scene.agentsAvailable} onChange={(e) => update({ agentsAvailable: e.target.checked })} />
        Agents available
      </label>
      <label className="sim-check">
        <input type="checkbox" checked={scene.withinHours} onChange={(e) => update({ withinHours: e.target.checked })} />
        Within business hours
      </label>
      <label className="sim-field" htmlFor={`${id}-outcome`}>
        <span>Voice transfer meets</span>
        <select id={`${id}-outcome`} value={scene.transferOutcome} onChange={(e) => update({ transferOutcome: e.target.value as TransferOutcome })}>
          {TRANSFER_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </label>
      <SceneClock scene={scene} update={update} />
      <QueueSceneFields scene={scene} update={update} />
      <fieldset className="sim-vars">
        <legend>Variables</legend>
        {variables.map(([key, value], i) => (
          <div className="sim-var" key={i}>
            <input
              aria-label={`Variable ${i + 1} name`}
              placeholder="name"
              value={key}
              onChange={(e) => setVariables(variables.map((v, j) => (j === i ? [e.target.value, v[1]] : v)))}
            />
            <input
              aria-label={`Variable ${i + 1} value`}
              placeholder="value"
              value={value}
              onChange={(e) => setVariables(variables.map((v, j) => (j === i ? [v[0], e.target.value] : v)))}
            />
            <button type="button" className="btn btn-ghost btn-icon btn-sm" aria-label={`Remove variable ${key || i + 1}`} onClick={() => setVariables(variables.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-sm"
          // A blank name would collapse into one key; each new row gets a distinct placeholder name.
          onClick={() => setVariables([...variables, [`var${variables.length + 1}`, '']])}
        >
          Add variable
        </button>
      </fieldset>
      <p className="sim-hint">The scene applies when you Start or Restart.</p>
    </form>
  );
}
