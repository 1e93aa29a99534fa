import { useId } from 'react';
import type { Scene } from '../../schema';

interface Props {
  scene: Scene;
  update(patch: Partial<Scene>): void;
}

/** Parses a number field; empty (or not a number) clears the scene value. */
function numberOrUndefined(text: string, min: number): number | undefined {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) || n < min ? undefined : n;
}

/**
 * The queue a live chat or Zendesk handover meets: the user's place in line and when an agent
 * picks up, so the designer sees the waiting messages minute by minute as the user would.
 */
export function QueueSceneFields({ scene, update }: Props) {
  const id = useId();
  return (
    <fieldset className="sim-vars sim-scene-queue">
      <legend>Queue</legend>
      <label className="sim-field" htmlFor={`${id}-position`}>
        <span>Place in the queue</span>
        <input
          id={`${id}-position`}
          type="number"
          min={1}
          max={1000}
          step={1}
          placeholder="1"
          value={scene.queuePosition ?? ''}
          onChange={(e) => {
            const n = numberOrUndefined(e.target.value, 1);
            update({ queuePosition: n === undefined ? undefined : Math.min(1000, Math.round(n)) });
          }}
        />
      </label>
      <label className="sim-field" htmlFor={`${id}-answer`}>
        <span>An agent answers after (min)</span>
        <input
          id={`${id}-answer`}
          type="number"
          min={0}
          max={1440}
          step={1}
          placeholder="only when you press Accept"
          aria-describedby={`${id}-answer-help`}
          value={scene.agentAnswersAfterMinutes ?? ''}
          onChange={(e) => {
            const n = numberOrUndefined(e.target.value, 0);
            update({ agentAnswersAfterMinutes: n === undefined ? undefined : Math.min(1440, n) });
          }}
        />
      </label>
      <p className="sim-hint" id={`${id}-answer-help`}>
        The line moves evenly until the agent answers; empty: nobody answers until you press Accept.
      </p>
    </fieldset>
  );
}
