/**
 * A Storage over a Map, as localStorage behaves: `capacity` (characters of keys + values, like the
 * browsers' ~5 M limit) makes setItem throw QuotaExceededError when a write would not fit.
 * `capacity` can be changed later (space freed elsewhere). `writes` counts setItem calls, to check nothing retries a failing write in a loop.
 */
export function memoryStorage(capacity = Infinity): Storage & { writes: number; capacity: number; used(): number } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    writes: 0,
    capacity,
    used,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem(key, value) {
      this.writes++;
      const text = String(value);
      if (this.capacity !== Infinity) {
        const after = used() - (map.has(key) ? key.length + map.get(key)!.length : 0) + key.length + text.length;
        if (after > this.capacity) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      map.set(key, text);
    },
  };
}
