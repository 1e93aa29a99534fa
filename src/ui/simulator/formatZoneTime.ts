import { isTimeZone } from '../../schema';

/** `Sat 28 Mar 2026, 23:00:05 CET`: an instant as the clocks read it in an IANA zone (Intl does the zone arithmetic). */
export function formatZoneTime(instant: number, timeZone: string): string {
  if (!isTimeZone(timeZone)) return `unknown time zone "${timeZone}"`;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(instant);
  // Assembled from parts: the punctuation between them differs between ICU versions (Node, Chromium).
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}:${part('second')} ${part('timeZoneName')}`;
}
