import { isTimeZone, type VoiceDestination } from '../../schema';
import { clockInstant } from '../calendar/clockInstant';
import { evaluateCalendar } from '../calendar/evaluateCalendar';
import type { Turn } from '../turn';

/**
 * Whether someone can answer a voice transfer now: an agent is available (scene agentsAvailable)
 * and the line is open. The line's hours are its calendar (hoursCalendarId) read at the
 * conversation's clock when the scene has a real start, else the scene's "within business hours"
 * switch, as the Hours node does. Zendesk: "with agents available the call reaches the
 * department, otherwise it drops" (seed, Zendesk voice handover setup).
 */
export function isVoiceLineOpen(turn: Turn, destination: VoiceDestination): boolean {
  const s = turn.state;
  if (!s.agentsAvailable) return false;
  const calendarId = destination.hoursCalendarId ?? '';
  const calendar = calendarId === '' ? undefined : turn.flow.settings.calendars.find((c) => c.id === calendarId);
  const instant = clockInstant(s);
  if (calendar && isTimeZone(calendar.timeZone) && instant !== null && (!s.clock || isTimeZone(s.clock.timeZone))) {
    return evaluateCalendar(calendar, instant) === 'open';
  }
  return s.withinHours;
}
