/** The IANA zones this browser knows, for a select; a current value outside the list is kept first. */
export function listTimeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const list = zones.includes('UTC') ? [...zones] : ['UTC', ...zones];
  return list.includes(current) ? list : [current, ...list];
}
