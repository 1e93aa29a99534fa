/**
 * True when the Damerau–Levenshtein (optimal string alignment) distance between a and b is at
 * most 1: equal, or one insertion, deletion, substitution, or swap of two adjacent letters.
 * Linear time: the typo tolerance runs on every word of every message.
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (diff === 0) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  // One insertion or deletion: skip one letter of the longer word.
  return diff > 0 ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
