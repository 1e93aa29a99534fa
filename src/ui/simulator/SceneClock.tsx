import { useId } from 'react';
import { clockInstant } from '../../runtime/calendar/clockInstant';
import { isTimeZone, type Scene } from '../../schema';
import { listTimeZones } from '../inspector/listTimeZones';
import { formatZoneTime } from './formatZoneTime';
import { selectSession } from './selectors';
import { shownState } from './session';
import { useSimulator } from './useSimulator';

interface Props {
  scene: Scene;
  update(patch: Partial<Scene>): void;
}

/**
 * The clock's real start: a date and time in a time zone, so Hours nodes can be rehearsed at
 * "Saturday 23:00 in Europe/Berlin" or across a daylight-saving change. Shows the running
 * conversation's time in that zone. Empty keeps the old behaviour (business hours by the switch).
 */
export function SceneClock({ scene, update }: Props) {
  const id = useId();
  const session = useSimulator(selectSession);
  const state = session ? shownState(session) : null;
  const zone = scene.timeZone ?? 'UTC';
  const instant = state && state.clock && isTimeZone(state.clock.timeZone) ? clockInstant(state) : null;
  return (
    <fieldset className="sim-vars sim-scene-clock">
      <legend>Clock</legend>
      <label className="sim-field" htmlFor={`${id}-start`}>
        <span>Start date and time</span>
        <input
          id={`${id}-start`}
          type="datetime-local"
          value={scene.startAt ?? ''}
          aria-describedby={`${id}-start-help`}
          onChange={(e) => update({ startAt: e.target.value || undefined })}
        />
      </label>
      <label className="sim-field" htmlFor={`${id}-zone`}>
        <span>Time zone</span>
        <select id={`${id}-zone`} value={zone} onChange={(e) => update({ timeZone: e.target.value })}>
          {listTimeZones(zone).map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </label>
      <p className="sim-hint" id={`${id}-start-help`}>
        {scene.startAt ? 'Hours nodes read their calendar at this time plus the virtual clock.' : 'No start date: Hours nodes follow “Within business hours”.'}
      </p>
      {state?.clock && (
        <p className="sim-hint">
          Now in {state.clock.timeZone.replace(/_/g, ' ')}:{' '}
          <output aria-label={`Time in ${state.clock.timeZone}`} className="sim-zone-time">
            {instant !== null ? formatZoneTime(instant, state.clock.timeZone) : formatZoneTime(0, state.clock.timeZone)}
          </output>
        </p>
      )}
    </fieldset>
  );
}
