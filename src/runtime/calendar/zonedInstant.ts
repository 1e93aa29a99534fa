import { TZDate } from '@date-fns/tz';

/**
 * The instant (ms since the epoch) of a wall-clock `YYYY-MM-DDTHH:mm[:ss]` in an IANA zone.
 * TZDate resolves the zone's offset through Intl, daylight-saving changes included: a time in the
 * spring-forward gap moves forward by the gap, as the zone's clocks do.
 */
export function zonedInstant(local: string, timeZone: string): number {
  const [date, time] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s = 0] = time.split(':').map(Number);
  return new TZDate(y, mo - 1, d, h, mi, s, timeZone).getTime();
}
