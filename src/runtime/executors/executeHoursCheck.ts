import { isTimeZone } from '../../schema';
import { clockInstant } from '../calendar/clockInstant';
import { evaluateCalendar } from '../calendar/evaluateCalendar';
import { haltTurn } from '../turn';
import { leaveBy, STOP, type Executor } from './stepResult';

/**
 * Leaves by `holiday`, `closed` or `open` as the node's calendar reads the conversation's current
 * time (scene.startAt plus the virtual clock). A scene without a start has no date: the node then
 * follows the scene's "within business hours" switch, open or closed, as Condition does.
 */
export const executeHoursCheck: Executor<'hours_check'> = (node, turn) => {
  const s = turn.state;
  const calendar = turn.flow.settings.calendars.find((c) => c.id === node.data.calendarId);
  if (!calendar) {
    haltTurn(turn, `Hours "${node.id}" refers to calendar "${node.data.calendarId}", which the flow settings do not define.`, node.id);
    return STOP;
  }
  if (!isTimeZone(calendar.timeZone)) {
    haltTurn(turn, `Calendar "${calendar.id}" has the time zone "${calendar.timeZone}", which is not an IANA time zone.`, node.id);
    return STOP;
  }
  if (s.clock && !isTimeZone(s.clock.timeZone)) {
    haltTurn(turn, `The scene's time zone "${s.clock.timeZone}" is not an IANA time zone.`, node.id);
    return STOP;
  }
  const instant = clockInstant(s);
  if (instant === null) return leaveBy(s.withinHours ? 'open' : 'closed');
  return leaveBy(evaluateCalendar(calendar, instant));
};
