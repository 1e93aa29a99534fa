/** `?bench=N` from the page URL: the node count, or null when absent or not an integer in 1–50,000. */
export function readBenchSize(search: string): number | null {
  const value = new URLSearchParams(search).get('bench');
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n > 0 && n <= 50_000 ? n : null;
}
