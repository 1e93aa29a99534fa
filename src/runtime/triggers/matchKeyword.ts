import { normalizeWords } from './normalizeWords';

/**
 * The "sensitive topic" rule: a keyword (one or more words) matches on word boundaries, case and
 * punctuation ignored — "refund" matches "Refund!" but not "refunded"; "legal action" matches
 * "…take legal action…" but not "legal, then action" separated by another word.
 */
export function matchKeyword(keyword: string, message: string): boolean {
  const needle = normalizeWords(keyword);
  if (needle.length === 0) return false;
  const words = normalizeWords(message);
  outer: for (let i = 0; i + needle.length <= words.length; i++) {
    for (let k = 0; k < needle.length; k++) if (words[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
