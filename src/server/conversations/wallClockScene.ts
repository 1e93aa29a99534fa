import { ServerError } from '../errors';

/**
 * A real conversation starts at a real time: unless the scene pins one, its clock starts now, as a
 * local date-time in the scene's time zone (UTC by default), so Hours nodes read their calendars on
 * the wall clock. `originMs` is whole seconds, as startAt is.
 */
export function wallClockScene(scene: Record<string, unknown>, nowMs: number): { scene: Record<string, unknown>; originMs: number } {
  const originMs = Math.floor(nowMs / 1000) * 1000;
  if (scene.startAt !== undefined) return { scene, originMs };
  const timeZone = typeof scene.timeZone === 'string' ? scene.timeZone : 'UTC';
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(originMs);
  } catch {
    throw new ServerError(400, 'invalid_request', `/scene/timeZone: "${timeZone}" is not an IANA time zone.`, '/scene/timeZone');
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const startAt = `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
  return { scene: { ...scene, startAt, timeZone }, originMs };
}
