/** "1 error", "3 errors", "1 failed retry", "2 failed retries": a count with its noun agreeing. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
