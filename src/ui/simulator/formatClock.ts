const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Virtual time as the simulator shows it: `T+00:00:05`, `T+00:00:01.5`, `T+2d 00:00:00`.
 * Tenths appear only when the time has them (a 1.5 s Pause).
 */
export function formatClock(ms: number): string {
  const safe = Math.max(0, Math.round(ms));
  const days = Math.floor(safe / 86_400_000);
  const rest = safe % 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  const m = Math.floor((rest % 3_600_000) / 60_000);
  const s = Math.floor((rest % 60_000) / 1000);
  const tenths = Math.floor((rest % 1000) / 100);
  const seconds = `${pad(s)}${tenths ? `.${tenths}` : ''}`;
  return `T+${days ? `${days}d ` : ''}${pad(h)}:${pad(m)}:${seconds}`;
}
